package org.cityindicators.stewardship;

import org.cityindicators.api.ApiException;

import java.util.List;

/** Optimistic concurrency: a write names, in If-Match, the version it replaces; a stale one is refused. */
public final class Preconditions {

    private Preconditions() {
    }

    /** The ETag of a resource version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A read of one versioned resource: 304 when If-None-Match names its version, else the entity with its ETag. */
    public static jakarta.ws.rs.core.Response read(jakarta.ws.rs.core.Request request, long version, Object entity) {
        jakarta.ws.rs.core.EntityTag tag = new jakarta.ws.rs.core.EntityTag(Long.toString(version));
        jakarta.ws.rs.core.Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : jakarta.ws.rs.core.Response.ok(entity)).tag(tag).build();
    }

    /** The answer to a PUT: 201 with Location for a new resource, else 200; both with the entity and its ETag. */
    public static jakarta.ws.rs.core.Response written(CatalogueWrites.Outcome outcome, String location, long version,
                                                      Object entity) {
        jakarta.ws.rs.core.Response.ResponseBuilder answer = outcome == CatalogueWrites.Outcome.CREATED
                ? jakarta.ws.rs.core.Response.created(java.net.URI.create(location)) : jakarta.ws.rs.core.Response.ok();
        return answer.entity(entity).tag(Long.toString(version)).build();
    }

    /** 428 when If-Match is missing, 412 when it names another version than the current one. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "Precondition required", "Send If-Match with the ETag of the version you are "
                    + "replacing (" + etag(currentVersion) + " is current), so that no change is lost", List.of());
        }
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*") || candidate.equals(etag(currentVersion))) {
                return;
            }
        }
        throw new ApiException(412, "Precondition failed", "The resource changed since the version in If-Match; "
                + "the current version is " + etag(currentVersion) + ": read it again and reapply your change", List.of());
    }
}
