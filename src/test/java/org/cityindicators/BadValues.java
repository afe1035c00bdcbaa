package org.cityindicators;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** jqwik generators of hostile values: for query strings and paths (already escaped), headers and bodies. */
final class BadValues {

    static final List<String> MALICIOUS = List.of(
            "' OR '1'='1", "'; DROP TABLE observation; --", "1; DELETE FROM indicator", "\" OR \"\"=\"", "%' --",
            "1' UNION SELECT usename, passwd FROM pg_shadow --", "$$; select pg_sleep(5); $$", "'||pg_sleep(5)||'",
            "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "#{7*7}",
            "\u0000", "a\u0000b", "\r\nSet-Cookie: x=1", "\uFEFF", "\uD83D\uDE00", "\u202E", "null", "undefined",
            "[]", "{}", "true", "NaN", "Infinity", "-Infinity", "1e999999", "-1", "0", "-2147483649", "2147483648",
            "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999999999999", "0x10", "1.5",
            "2024-13", "2024-00", "2023-02-30", "2024-02-30T25:61:61Z", "0000-01-01", "+999999999-12-31",
            "-999999999-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999+18:00", "1970-01-01T00:00:00-18:01",
            "2024-W05", "2024Q1", "2024/01", "20240101", "2024-1", "１２３", "٢٠٢٤", "24", "99999", "-2024", " 2024 ",
            "actual,", ",", ",,,,", "retail.total,".repeat(60), "unknown_value", "ACTUAL", "Year", "zh-Hant", "all,all",
            "440700 OR 1=1", "440700;", "440700\u0000", "999999", "000000", "retail.total", "440700", "2023", "2024-02-01",
            "2024-02-01T00:00:00Z", "*", "%", "_", "\\", "'", "\"", "`");

    /** Raw (already escaped) forms that are malformed once decoded: bad escapes, invalid UTF-8, NUL. */
    static final List<String> RAW = List.of("%FF", "%C3%28", "%C0%AF", "%ED%A0%80", "%F8%88%80%80%80", "%E2%82", "%00",
            "a%00b", "%", "%zz", "%%", "%2", "%u0041", "%25", "%0d%0aX-Injected:%201", "+", "%2B", "&", "=", ";");

    private BadValues() {
    }

    /** A decoded value: hostile, random Unicode, or long. */
    static Arbitrary<String> value(List<String> allowed) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(MALICIOUS)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(allowed.isEmpty() ? List.of("x") : allowed)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(),
                        java.math.BigInteger.TEN.pow(30)).map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("a'\";-%0").ofLength(10_000)),
                net.jqwik.api.Tuple.of(1, cursor()));
    }

    /** Cursors: random base64, and base64 of JSON and text that look like keys deep into the data. */
    static Arbitrary<String> cursor() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/").ofMaxLength(300),
                Arbitraries.of("{\"k\":[\"zzz\",99999999999]}", "[\"' OR 1=1 --\",1]", "999999999999999999999|x",
                                "2024|retail.total|" + "9".repeat(40), "\u0000", "{", "null", "-1|-1|-1", "a".repeat(3000))
                        .map(s -> java.util.Base64.getUrlEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8))));
    }

    /** A value for a query string or a path segment, as it goes on the wire. */
    static Arbitrary<String> escaped(List<String> allowed) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, value(allowed).map(BadValues::escape)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(RAW)));
    }

    /** A header value: anything a client may put there (visible ASCII and obs-text bytes). */
    static Arbitrary<byte[]> headerValue(List<String> allowed) {
        return Arbitraries.oneOf(
                value(allowed).map(v -> v.replaceAll("[\\p{Cntrl}]", "").getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("W/\"x\"", "*", "\"" + "9".repeat(200) + "\"", "\"\"", "W/", "\"abc")
                        .map(v -> v.getBytes(StandardCharsets.US_ASCII)),
                Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF).array(byte[].class).ofMinSize(1).ofMaxSize(20));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
