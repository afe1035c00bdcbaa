package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RequestIdTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aGivenRequestIdIsEchoed() {
        given().header("X-Request-Id", "dashboard-7.poll_42").when().get("/api/v1/observations?indicator=gdp")
                .then().statusCode(200).header("X-Request-Id", equalTo("dashboard-7.poll_42"));
    }

    @Test
    void aMissingRequestIdIsGenerated() {
        given().when().get("/api/v1/areas/440700").then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void errorsCarryTheRequestIdToo() {
        given().header("X-Request-Id", "trace-404").when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").header("X-Request-Id", equalTo("trace-404"));
        given().when().get("/api/v1/observations?measure=bogus").then().statusCode(400)
                .header("X-Request-Id", matchesPattern(UUID));
        ManagementPort.given().when().get("/q/health/ready").then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }

    /** RFC 9110 §5.6.7: IMF-fixdate, with a two-digit day. */
    static final String IMF_FIXDATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
            + "\\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

    @Test
    void answersGivenBeforeAnyResourceCarryTheRequestIdAndADate() {
        String big = "x".repeat(5000);
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("GET /api/v1/indicators?q=" + big, "414");
        requests.put("GET /api/v1/indicators|X-Big: " + big.repeat(5), "431");
        requests.put("POST /api/v1/observations|Content-Length: 99999999", "413");
        requests.put("POST /api/v1/observations|Transfer-Encoding: chunked", "411");
        requests.put("GET //api/v1/indicators", "400");
        requests.put("GET api/v1/indicators", "404");
        requests.put("GET /api/v1/nothing-here", "404");
        for (Map.Entry<String, String> request : requests.entrySet()) {
            RawHttp.Answer answer = send(request.getKey());
            String what = request.getKey().substring(0, Math.min(50, request.getKey().length()));
            assertEquals(Integer.parseInt(request.getValue()), answer.status(), what);
            assertEquals("trace-early", answer.header("X-Request-Id"), what);
            assertTrue(answer.header("Date") != null && answer.header("Date").matches(IMF_FIXDATE), what + ": " + answer.header("Date"));
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), what);
        }
        given().when().get("/api/v1/indicators").then().statusCode(200).header("Date", matchesPattern(IMF_FIXDATE));
        ManagementPort.given().when().get("/q/health/live").then().statusCode(200).header("Date", matchesPattern(IMF_FIXDATE));
    }

    /** "METHOD target|Header: value" with an X-Request-Id, sent as it is. */
    private static RawHttp.Answer send(String request) {
        String[] parts = request.split("\\|");
        String[] line = parts[0].split(" ", 2);
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put("X-Request-Id", "trace-early".getBytes(StandardCharsets.US_ASCII));
        byte[] body = null;
        if (parts.length > 1) {
            String[] header = parts[1].split(": ", 2);
            headers.put(header[0], header[1].getBytes(StandardCharsets.US_ASCII));
            body = header[0].equals("Transfer-Encoding") ? "1\r\nx\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII) : null;
        }
        return RawHttp.send(RestAssured.port, line[0], line[1].getBytes(StandardCharsets.US_ASCII), headers, body);
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        for (String unsafe : new String[] {"a".repeat(65), "x y", "id;drop", "<script>", "ünïcode"}) {
            given().header("X-Request-Id", unsafe).when().get("/api/v1/areas/440700").then().statusCode(200)
                    .header("X-Request-Id", matchesPattern(UUID)).header("X-Request-Id", not(equalTo(unsafe)));
        }
        given().header("X-Request-Id", "a".repeat(64)).when().get("/api/v1/areas/440700").then().statusCode(200)
                .header("X-Request-Id", equalTo("a".repeat(64)));
    }
}
