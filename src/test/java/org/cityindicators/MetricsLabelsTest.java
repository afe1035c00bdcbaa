package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests that no resource answered (unknown paths and methods) or that a filter refused (non-canonical path, request
 * line or headers too large, body too large or of unknown length) are labelled with a fixed uri, never their raw
 * path: however many distinct such paths callers send, the number of HTTP series stays the same.
 */
@QuarkusTest
class MetricsLabelsTest {

    private static final Pattern COUNT = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE);

    /** Requests of every kind, with paths that differ by {@code k}; returns how many were sent. */
    private static int sendDistinct(int k) {
        String big = "x".repeat(5000);
        send("GET", "/api/v1/no-such-" + k, Map.of());                                   // 404
        send("GET", "/no/such/page-" + k, Map.of());                                     // 404
        send("PATCH", "/api/v1/areas/no-such-" + k, Map.of());                           // 405
        send("GET", "//api/v1/indicators-" + k, Map.of());                               // 400, non-canonical
        send("GET", "/api/v1/areas/" + k + "%zz", Map.of());                             // 400, undecodable
        send("GET", "/api/v1/areas/" + k + "?q=" + big, Map.of());                       // 414
        send("GET", "/api/v1/areas/h" + k, Map.of("X-Big", big.repeat(5)));              // 431
        send("POST", "/api/v1/areas/b" + k, Map.of("Content-Length", "99999999"));       // 413
        send("POST", "/api/v1/areas/c" + k, Map.of("Transfer-Encoding", "chunked"));     // 411
        return 9;
    }

    @Test
    void refusedAndUnmatchedRequestsAddNoSeries() {
        double earlier = requests(MetricsTest.metrics());
        int sent = sendDistinct(0);
        String before = settled(earlier + sent);
        int series = series(before);
        for (int k = 1; k <= 20; k++) {
            sent += sendDistinct(k);
        }
        String after = settled(earlier + sent);
        assertEquals(series, series(after), "http_server_requests series after 180 more distinct refused or unknown paths");
        assertTrue(after.contains("uri=\"REFUSED\""), "refusals are labelled REFUSED");
        assertTrue(after.contains("uri=\"UNMATCHED\""), "unknown paths are labelled UNMATCHED");
        assertFalse(after.contains("no-such-") || after.contains("/api/v1/areas/b1\""), "no raw path is a label");
    }

    private static void send(String method, String target, Map<String, String> headers) {
        Map<String, byte[]> raw = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> raw.put(name, value.getBytes(StandardCharsets.US_ASCII)));
        byte[] body = headers.containsKey("Transfer-Encoding") ? "1\r\nx\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII) : null;
        int status = RawHttp.send(RestAssured.port, method, target.getBytes(StandardCharsets.US_ASCII), raw, body).status();
        assertTrue(status >= 400 && status < 500, method + " " + target.substring(0, Math.min(60, target.length())) + " answered " + status);
    }

    /**
     * The metrics once the requests counted number at least {@code sent} (a request is counted as it ends), or after
     * 200 polls: with raw paths as labels, Micrometer stops counting new ones past its limit of uri values.
     */
    private static String settled(double sent) {
        String metrics = MetricsTest.metrics();
        for (int poll = 0; poll < 200 && requests(metrics) < sent; poll++) {
            metrics = MetricsTest.metrics();
        }
        return metrics;
    }

    /** All requests counted, over every series. */
    private static double requests(String metrics) {
        double count = 0;
        for (Matcher m = COUNT.matcher(metrics); m.find(); ) {
            count += Double.parseDouble(m.group(2));
        }
        return count;
    }

    private static int series(String metrics) {
        int series = 0;
        for (Matcher m = COUNT.matcher(metrics); m.find(); ) {
            series++;
        }
        return series;
    }
}
