package org.cityindicators.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
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

    public static Format negotiate(String formatParam, HttpHeaders headers, Format... offered) {
        List<Format> formats = Arrays.asList(offered);
        if (formatParam != null && !formatParam.isBlank()) {
            String wanted = formatParam.trim().toLowerCase(Locale.ROOT);
            return formats.stream().filter(f -> f.code.equals(wanted)).findFirst()
                    .orElseThrow(() -> ApiException.badParameter("format", "unknown format '" + Problem.clip(formatParam)
                            + "'; allowed here: " + formats.stream().map(f -> f.code).collect(Collectors.joining(", "))));
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (Format format : formats) {
                if (accepted.isCompatible(format.mediaType) && (format == JSON || !accepted.isWildcardType())) {
                    return format;
                }
            }
        }
        throw new NotAcceptableException();
    }
}
