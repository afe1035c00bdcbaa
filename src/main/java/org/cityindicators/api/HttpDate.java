package org.cityindicators.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * HTTP dates (RFC 9110 §5.6.7) as IMF-fixdate: a two-digit day, English names, GMT ("Wed, 02 Dec 2026 17:45:38 GMT").
 * The Date of every answer is formatted once a second, and a Last-Modified once per data version.
 */
public final class HttpDate {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private record Stamp(Instant instant, String text) {
    }

    private static volatile Stamp lastNow = new Stamp(Instant.MIN, "");
    private static volatile Stamp lastFormatted = new Stamp(Instant.MIN, "");

    private HttpDate() {
    }

    /** The current second as an HTTP date. */
    static String now() {
        Instant second = Instant.ofEpochSecond(System.currentTimeMillis() / 1000);
        Stamp stamp = lastNow;
        if (!stamp.instant().equals(second)) {
            stamp = new Stamp(second, IMF_FIXDATE.format(second));
            lastNow = stamp;
        }
        return stamp.text();
    }

    /** An instant as an HTTP date (to the second). */
    public static String format(Instant instant) {
        Stamp stamp = lastFormatted;
        if (!stamp.instant().equals(instant)) {
            stamp = new Stamp(instant, IMF_FIXDATE.format(instant));
            lastFormatted = stamp;
        }
        return stamp.text();
    }

    /** Whether the text already has IMF-fixdate's shape ("Sun, 06 Nov 1994 08:49:37 GMT"): no need to parse it again. */
    public static boolean isImfFixdate(String text) {
        return text.length() == 29 && text.charAt(3) == ',' && text.charAt(4) == ' ' && Character.isDigit(text.charAt(5))
                && Character.isDigit(text.charAt(6)) && text.charAt(7) == ' ' && text.endsWith(" GMT");
    }

    /** The instant an HTTP date names (IMF-fixdate, or RFC 1123 with a one-digit day), or null when it is not one. */
    public static Instant parse(String text) {
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
