package org.cityindicators.cache;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import org.cityindicators.api.PathTemplate;

/**
 * Sends answers kept by the {@link ResponseCache}, from a Vert.x filter that runs after CORS and before authentication
 * and the REST layer (it serves only requests without credentials, and only answers that were public), so that the
 * HTTP layer compresses a kept answer as it would the original. A kept answer is a 200, so its request's
 * If-None-Match and If-Modified-Since are weighed against it here (304). While the data version cannot be known
 * (PostgreSQL unreachable), answers kept for the last version known are still served, and say so:
 * {@code Warning: 111 - "Revalidation Failed"} and {@code Cache-Control: no-cache}.
 */
@Singleton
public class ResponseCacheFilter {

    @Inject
    ResponseCache cache;

    @Inject
    DatasetVersion version;

    void register(@Observes Filters filters) {
        // after the limits, the rate limit, the request id, the security headers and CORS (300); before authentication
        // (200) and Quarkus REST's per-request path matching (199), which a kept answer does not need
        filters.register(this::serve, 250);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        DatasetVersion.State state = version.current();
        boolean stale = state == null;
        if (stale) {
            state = version.lastKnown();
        }
        if (state == null || request.method() != HttpMethod.GET || !AnswerKey.isRead(request)
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            context.next();
            return;
        }
        CachedAnswer answer = cache.get(AnswerKey.of(state.version(), request.path(), request));
        if (answer == null) {
            context.next(); // while the database is unreachable, what the cache does not hold is answered 503
            return;
        }
        if (answer.urlTemplate() != null) { // the metrics name the answer as if the REST layer had served it
            PathTemplate.set(answer.urlTemplate());
        }
        HttpServerResponse response = context.response();
        answer.validators().forEach(response::putHeader);
        if (stale) {
            // RFC 9111 dropped Warning, but it still says precisely this: the origin could not be reached to revalidate
            response.putHeader("Warning", "111 - \"Revalidation Failed\"");
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        if (Conditions.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), answer.etag(), state)) {
            response.setStatusCode(304).end();
            return;
        }
        send(answer, response);
    }

    private static void send(CachedAnswer answer, HttpServerResponse response) {
        answer.content().forEach(response::putHeader);
        if (answer.gzipped()) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip"); // compressed once when kept, not per answer
        } else if (CachedAnswer.compressed(answer.content().get(HttpHeaders.CONTENT_TYPE))) {
            response.headers().remove(HttpHeaders.CONTENT_ENCODING); // an earlier filter's "identity" would stop gzip
        } else {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "identity");
        }
        response.end(answer.buffer());
    }
}
