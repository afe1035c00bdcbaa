package org.cityindicators.api;

import org.cityindicators.domain.Coded;
import org.cityindicators.domain.InvalidValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Parsing of query parameters into values, with a 400 that names the parameter when one is malformed. */
public final class Params {

    /** Indicator, source and project codes: lower-case words joined by dots or hyphens. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_.\\-]{0,99}");
    /** GB/T 2260 administrative division codes. */
    public static final Pattern AREA_CODE = Pattern.compile("[1-8][0-9]{5}");
    public static final int MAX_LIST = 50;

    private Params() {
    }

    public static int integer(String name, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw ApiException.badParameter(name, "must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be a whole number, was '" + InvalidValue.clip(text) + "'");
        }
    }

    /** A single code checked against its syntax, or null when absent. */
    public static String code(String name, String text, Pattern syntax) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (!syntax.matcher(trimmed).matches()) {
            throw ApiException.badParameter(name, "'" + InvalidValue.clip(text) + "' is not a valid code");
        }
        return trimmed;
    }

    /** A comma-separated list of codes (empty when absent), each checked against its syntax. */
    public static List<String> codes(String name, String text, Pattern syntax) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            codes.add(code(name, part.isBlank() ? "," : part, syntax));
        }
        if (codes.size() > MAX_LIST) {
            throw ApiException.badParameter(name, "at most " + MAX_LIST + " codes per request");
        }
        return new ArrayList<>(codes);
    }

    /** A comma-separated list of vocabulary codes, empty when absent. */
    public static <E extends Enum<E> & Coded> List<E> members(String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<E> members = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            members.add(Coded.parse(type, part.trim(), name));
        }
        return new ArrayList<>(members);
    }

    /** An ISO 8601 timestamp with offset, or a date meaning its start in UTC; null when absent. */
    public static OffsetDateTime instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String trimmed = text.trim();
            return trimmed.length() == 10 ? LocalDate.parse(trimmed).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "'" + InvalidValue.clip(text) + "' is not a timestamp such as 2024-03-01T00:00:00Z or a date such as 2024-03-01");
        }
    }

    public static <E extends Enum<E> & Coded> E member(String name, String text, Class<E> type) {
        return text == null || text.isBlank() ? null : Coded.parse(type, text.trim(), name);
    }
}
