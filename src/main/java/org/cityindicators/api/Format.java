package org.cityindicators.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.cityindicators.domain.InvalidValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Representations of data: chosen by the {@code format} parameter when given, otherwise by the Accept header
 * (JSON when the client accepts anything).
 */
public enum Format {
    JSON("json", MediaType.APPLICATION_JSON),
    CSV("csv", Format.CSV_TYPE),
    JSONSTAT("jsonstat", Format.JSONSTAT_TYPE);

    public static final String CSV_TYPE = "text/csv";
    /** JSON-stat 2.0; no media type is registered for it, so it has a vendor one. */
    public static final String JSONSTAT_TYPE = "application/vnd.json-stat+json";

    public final String code;
    public final MediaType mediaType;

    Format(String code, String mediaType) {
        this.code = code;
        this.mediaType = MediaType.valueOf(mediaType);
    }

    private static final List<Format> JSON_ONLY = List.of(JSON);

    /**
     * The media types the resource at a path answers in, for a 406 that the framework raises before any resource is
     * chosen: every format for observations and series, the zip of the download, events of the change feed, else JSON.
     */
    static String offeredAt(String path) {
        if (path == null) {
            return MediaType.APPLICATION_JSON;
        }
        if (path.equals(ApiDefinition.V1 + "/observations") || path.matches(ApiDefinition.V1 + "/indicators/[^/]+/series")) {
            return Arrays.stream(values()).map(f -> f.mediaType.toString()).collect(Collectors.joining(", "));
        }
        return path.equals(ApiDefinition.V1 + "/download") ? "application/zip"
                : path.equals(ApiDefinition.V1 + "/changes") ? MediaType.SERVER_SENT_EVENTS : MediaType.APPLICATION_JSON;
    }

    /** The format asked for by the parameter, else the first offered one the Accept header prefers; 406 if none. */
    public static Format negotiate(String formatParam, HttpServerRequest request, Format... offered) {
        List<Format> formats = Arrays.asList(offered);
        if (formatParam != null && !formatParam.isBlank()) {
            String wanted = formatParam.trim().toLowerCase(Locale.ROOT);
            return formats.stream().filter(f -> f.code.equals(wanted)).findFirst()
                    .orElseThrow(() -> ApiException.badParameter("format", "unknown format '" + InvalidValue.clip(formatParam)
                            + "'; allowed here: " + formats.stream().map(f -> f.code).collect(Collectors.joining(", "))));
        }
        return preferred(request.getHeader(HttpHeaders.ACCEPT)).stream().filter(formats::contains).findFirst()
                .orElseThrow(() -> new ApiException(406, "Not Acceptable", "None of the media types in Accept can be "
                        + "produced here; this resource answers " + formats.stream().map(f -> f.mediaType.toString())
                        .collect(Collectors.joining(", ")) + " (or ask with the format parameter)", List.of()));
    }

    /**
     * The formats an Accept header accepts, best first. Each format takes the weight of the most specific range that
     * matches it (RFC 9110 §12.5.1); among equal weights the more specific range, then the earlier one, wins. Only
     * JSON is chosen by a bare wildcard: a client that accepts anything, or sends no Accept, gets JSON.
     */
    public static List<Format> preferred(String accept) {
        if (accept == null || accept.equals("*/*") || accept.isBlank()) {
            return JSON_ONLY;
        }
        Format[] all = values();
        int[][] best = new int[all.length][]; // per format: weight, specificity, position
        QualityValues.forEach(accept, (range, weight, position) -> {
            for (Format format : all) {
                int specificity = format.specificity(range);
                int[] known = best[format.ordinal()];
                if (specificity >= 0 && (known == null || specificity > known[1]
                        || (specificity == known[1] && weight > known[0]))) {
                    best[format.ordinal()] = new int[] {weight, specificity, position};
                }
            }
        });
        List<Format> accepted = new ArrayList<>(all.length);
        for (Format format : all) {
            if (best[format.ordinal()] != null && best[format.ordinal()][0] > 0) {
                accepted.add(format);
            }
        }
        accepted.sort(Comparator.<Format>comparingInt(f -> -best[f.ordinal()][0])
                .thenComparingInt(f -> -best[f.ordinal()][1]).thenComparingInt(f -> best[f.ordinal()][2]));
        return accepted;
    }

    /** 2 when the media range names this format's type, 1 when its top-level type, 0 for JSON by * / *; else -1. */
    private int specificity(String range) {
        int slash = range.indexOf('/');
        if (slash < 0) {
            return -1;
        }
        String type = range.substring(0, slash).trim();
        String subtype = range.substring(slash + 1).trim();
        if (type.equals("*")) {
            return this == JSON && subtype.equals("*") ? 0 : -1;
        }
        if (!type.equalsIgnoreCase(mediaType.getType())) {
            return -1;
        }
        return subtype.equals("*") ? 1 : subtype.equalsIgnoreCase(mediaType.getSubtype()) ? 2 : -1;
    }
}
