package org.cityindicators.api;

import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * Optimistic concurrency: a write names, in If-Match, the version it replaces; a stale one is refused. A resource's
 * answers name its row version as their entity tag, and cache.HttpCaching makes that the ETag
 * {@code "<row version>-<hash of the representation>"}: If-Match compares the row version only, so that an ETag of any
 * representation (zh or en, gzip or not, before or after another resource's label changed) names the version it shows.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** A read of one versioned resource: the entity, tagged with its row version. */
    public static Response read(long version, Object entity) {
        return Response.ok(entity).tag(Long.toString(version)).build();
    }

    /** The answer to a PUT: 201 with Location for a new resource, else 200; both with the entity and its version. */
    public static Response written(boolean created, String location, long version, Object entity) {
        Response.ResponseBuilder answer = created ? Response.created(URI.create(location)) : Response.ok();
        return answer.entity(entity).tag(Long.toString(version)).build();
    }

    /** 428 when If-Match is missing, 412 when it names another version than the current one. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "Precondition Required", "Send If-Match with the ETag of the version you are "
                    + "replacing (version " + currentVersion + " is current), so that no change is lost", List.of());
        }
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*") || Long.toString(currentVersion).equals(rowVersion(candidate))) {
                return;
            }
        }
        throw new ApiException(412, "Precondition Failed", "The resource changed since the version in If-Match; "
                + "the current version is " + currentVersion + ": read it again and reapply your change", List.of());
    }

    /** The row version an ETag names: {@code 30} in {@code "30-<hash>"} (or in {@code "30"}); null for a weak tag. */
    private static String rowVersion(String etag) {
        if (etag.length() < 2 || !etag.startsWith("\"") || !etag.endsWith("\"")) {
            return null;
        }
        String opaque = etag.substring(1, etag.length() - 1);
        int dash = opaque.indexOf('-');
        return dash < 0 ? opaque : opaque.substring(0, dash);
    }
}
