package org.cityindicators.cache;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.Preferences;
import org.cityindicators.api.RequestLimits;

/**
 * What a read's answer is a function of: the data version, the URL and the client's {@link Preferences} (language,
 * formats, gzip), never the raw headers. The response cache keeps answers under it and every ETag is its hash; both
 * compute it here, from the Vert.x request. The query is bounded by the request-line limit; the rest is a few words.
 */
final class AnswerKey {

    /** The change feed: a stream, never cached. */
    static final String STREAM = ApiDefinition.V1 + "/changes";

    private AnswerKey() {
    }

    /** The key of the answer at {@code path} (the request's own, or where a write's answer can be read again). */
    static String of(long dataVersion, String path, HttpServerRequest request) {
        String query = request.query();
        return dataVersion + " " + (query == null ? path : path + "?" + query) + " " + Preferences.of(request).code();
    }

    /**
     * Whether a request is a read of the API other than the stream and the document intakes: one that has a key. An
     * intake changes without changing the data version, so its answers are tagged with its row version only and
     * never kept.
     */
    static boolean isRead(HttpServerRequest request) {
        HttpMethod method = request.method();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && request.path().startsWith("/api/")
                && !request.path().equals(STREAM) && !request.path().startsWith(RequestLimits.INTAKES_PATH);
    }
}
