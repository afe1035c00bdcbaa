package org.cityindicators.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The current time as an HTTP date (RFC 9110 §5.6.7, IMF-fixdate), formatted once per second. */
final class HttpDate {

    /** IMF-fixdate: a two-digit day, English names, GMT ("Wed, 02 Dec 2026 17:45:38 GMT"). */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private record Stamp(long second, String text) {
    }

    private static volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    private HttpDate() {
    }

    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp stamp = last;
        if (stamp.second() != second) {
            stamp = new Stamp(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            last = stamp;
        }
        return stamp.text();
    }
}
