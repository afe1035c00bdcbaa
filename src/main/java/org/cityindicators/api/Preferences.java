package org.cityindicators.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import org.cityindicators.domain.Lang;

import java.util.List;

/**
 * What a client's Accept, Accept-Language and Accept-Encoding headers decide about an answer, and nothing more: the
 * language of its labels, the formats it may have (best first) and whether it may be gzip-compressed. Two requests
 * whose headers differ but whose preferences are equal get the same answer, so caches key on {@link #code()}, never
 * on the raw headers. Every reader of these headers (labels, format negotiation, the response cache) reads them
 * through this class, from the Vert.x request, so that they cannot disagree.
 */
public record Preferences(Lang language, List<Format> formats, boolean gzip) {

    /** The preferences of a request. */
    public static Preferences of(HttpServerRequest request) {
        return new Preferences(LangParam.preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                Format.preferred(request.getHeader(HttpHeaders.ACCEPT)), acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
    }

    /** A short text that names these preferences and no others, for cache keys: {@code "EN csv,json gzip"}. */
    public String code() {
        StringBuilder code = new StringBuilder(24).append(language.name()).append(' ');
        for (int i = 0; i < formats.size(); i++) {
            code.append(i == 0 ? "" : ",").append(formats.get(i).code);
        }
        return code.append(gzip ? " gzip" : " identity").toString();
    }

    /**
     * Whether an Accept-Encoding header accepts gzip (RFC 9110 §12.5.3): by the weight it gives gzip (or x-gzip) if it
     * names it, else by the weight of *; a weight of 0 refuses. No header, no gzip.
     */
    public static boolean acceptsGzip(String acceptEncoding) {
        int[] weights = {-1, -1}; // of gzip named, of *
        QualityValues.forEach(acceptEncoding, (coding, weight, position) -> {
            int index = coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip") ? 0 : coding.equals("*") ? 1 : -1;
            if (index >= 0) {
                weights[index] = Math.max(weights[index], weight);
            }
        });
        return weights[0] >= 0 ? weights[0] > 0 : weights[1] > 0;
    }
}
