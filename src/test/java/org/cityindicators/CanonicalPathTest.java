package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A path reaches the API only in its canonical spelling: variants that Vert.x and the REST layer would route to the
 * same resource (and that the rate limit, the cache and the metrics would take for other paths) are refused with 400.
 */
@QuarkusTest
class CanonicalPathTest {

    /** Each names /api/v1/indicators/gdp (or /api/v1/indicators) in a spelling the router would accept. */
    static final List<String> VARIANTS = List.of(
            "//api/v1/indicators/gdp", "/api//v1/indicators/gdp", "/api/v1/indicators//gdp",
            "/%61pi/v1/indicators/gdp", "/api/v1/indicators/%67dp", "/api/v1/indicators/gd%70", "/api/v1/%69ndicators",
            "/api/v1/indicators/%2Dx", "/api/v1/indicators/x%2e", "/api/v1/indicators/x%5F", "/api/v1/indicators/x%7e",
            "/api/v1/indicators/%31",
            "/./api/v1/indicators/gdp", "/api/./v1/indicators/gdp", "/api/v1/x/../indicators/gdp", "/api/v1/indicators/gdp/.",
            "/api/v1/indicators/gdp/..", "/api/v1/%2e/indicators", "/api/v1/%2E%2E/v1/indicators",
            "/api%2Fv1/indicators/gdp", "/api/v1%2findicators",
            "/api;x=1/v1/indicators/gdp", "/api/v1;v/indicators/gdp", "/api/v1/indicators/gdp;jsessionid=1",
            "/api/v1/indicators/", "/api/v1/indicators/gdp/",
            "http://localhost//api/v1/indicators/gdp", "http://localhost/%61pi/v1/indicators/gdp");

    @Test
    void nonCanonicalPathsAreRefused() {
        for (String variant : VARIANTS) {
            RawHttp.Answer answer = get(variant);
            assertEquals(400, answer.status(), variant + ": " + answer.body());
            assertTrue(answer.header("content-type").startsWith("application/problem+json"), variant);
            assertTrue(answer.body().contains("\"title\":\"Non-canonical path\""), variant + ": " + answer.body());
            assertNotNull(answer.header("X-Request-Id"), variant);
            assertNotNull(answer.header("Date"), variant);
        }
    }

    @Test
    void canonicalPathsAndEncodedNonAsciiPass() {
        assertEquals(200, get("/api/v1/indicators/gdp").status());
        assertEquals(200, get("http://localhost/api/v1/indicators/gdp").status());
        assertEquals(200, get("/").status());
        assertEquals(200, get("/q/swagger-ui/").status());
        assertEquals(200, get("/api/v1/indicators?q=%61%2F..%2F").status()); // the query is not the path
        RawHttp.Answer chinese = get("/api/v1/areas/%E6%B1%9F%E9%97%A8");     // 江门, UTF-8: allowed, just unknown
        assertEquals(404, chinese.status(), chinese.body());
        assertTrue(chinese.body().contains("江门"), chinese.body());
        assertEquals(404, get("/api/v1/areas/%e6%b1%9f").status());
        assertEquals(404, get("/api/v1/indicators/a%20b").status());           // encoded reserved or space: a literal
        given().when().get("/api/v1/indicators/gdp").then().statusCode(200);
    }

    private static RawHttp.Answer get(String target) {
        return RawHttp.send(RestAssured.port, "GET", target.getBytes(StandardCharsets.US_ASCII), Map.of(), null);
    }
}
