package org.cityindicators.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;
import java.util.TreeMap;

/** The response headers and the 304 and 429 answers that every read of the API has, as OpenAPI components. */
final class OpenApiHeaders {

    static final String NOT_MODIFIED = "NotModified";
    static final String TOO_MANY_REQUESTS = "TooManyRequests";

    /** Sorted, so that the document is the same on every build. */
    private static final Map<String, String> VALIDATORS = new TreeMap<>(Map.of(
            "ETag", "Strong validator of this representation; send it back in If-None-Match (reads) or If-Match (writes)",
            "Last-Modified", "When the data this answer shows last changed (an IMF-fixdate)"));
    private static final Map<String, String> RATE_LIMIT = new TreeMap<>(Map.of(
            "RateLimit-Limit", "Requests the client may make in a window",
            "RateLimit-Remaining", "Requests left in the current window",
            "RateLimit-Reset", "Seconds until the window starts again"));

    private OpenApiHeaders() {
    }

    /** Declares the shared headers and responses in the components. */
    static void declare(Components components) {
        VALIDATORS.forEach((name, description) -> components.addHeader(name, header(description, Schema.SchemaType.STRING)));
        RATE_LIMIT.forEach((name, description) -> components.addHeader(name, header(description, Schema.SchemaType.INTEGER)));
        components.addHeader("Link", header("RFC 8288 link to the next page: `</api/v1/...&cursor=...>; rel=\"next\"`; "
                + "absent on the last page", Schema.SchemaType.STRING));
        components.addHeader("Retry-After", header("Seconds to wait before trying again", Schema.SchemaType.INTEGER));
        components.addResponse(NOT_MODIFIED, OASFactory.createAPIResponse()
                .description("Nothing changed since the ETag in If-None-Match (or the date in If-Modified-Since); no body")
                .addHeader("ETag", ref("ETag")).addHeader("Last-Modified", ref("Last-Modified")));
        components.addResponse(TOO_MANY_REQUESTS, OASFactory.createAPIResponse()
                .description("The client's rate limit is spent; try again after Retry-After seconds")
                .addHeader("Retry-After", ref("Retry-After"))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }

    /** A read: 200 with validators, rate-limit headers and (for pages) Link; 304 and 429. */
    static void read(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && ok.getRef() == null) {
            VALIDATORS.keySet().forEach(name -> ok.addHeader(name, ref(name)));
            RATE_LIMIT.keySet().forEach(name -> ok.addHeader(name, ref(name)));
            if (isPage(ok)) {
                ok.addHeader("Link", ref("Link"));
            }
        }
        respond(operation, "304", NOT_MODIFIED);
        respond(operation, "429", TOO_MANY_REQUESTS);
    }

    /** A write: rate-limit headers on its 2xx answers; 429. */
    static void write(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null) {
                RATE_LIMIT.keySet().forEach(name -> response.addHeader(name, ref(name)));
            }
        });
        respond(operation, "429", TOO_MANY_REQUESTS);
    }

    static void respond(Operation operation, String status, String component) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }

    private static boolean isPage(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                .map(m -> m.getSchema() == null ? null : m.getSchema().getRef())
                .anyMatch(r -> r != null && (r.contains("/Page") || r.endsWith("Page")));
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }
}
