package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anonymous clients and token holders each get their own budget; a spent one answers 429 with when to retry. */
@QuarkusTest
@TestProfile(RateLimitTest.Small.class)
class RateLimitTest {

    /** Five requests a minute. */
    public static class Small implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("indicators.rate-limit.enabled", "true", "indicators.rate-limit.anonymous", "5",
                    "indicators.rate-limit.writer", "3", "indicators.rate-limit.period", "60s");
        }
    }

    @Test
    void anonymousClientsAreLimitedAndWritersSeparatelyBySubject() {
        for (int i = 4; i >= 0; i--) {
            given().when().get("/api/v1/indicators").then().statusCode(200)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", Integer.toString(i));
        }
        given().when().get("/api/v1/indicators").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]|1[0-2]")).header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", matchesPattern("[1-9]|1[0-2]"))
                .body("status", equalTo(429)).body("detail", containsString("more than 5 requests"))
                .header("X-Request-Id", matchesPattern(RequestIdTest.UUID)).header("Date", matchesPattern(RequestIdTest.IMF_FIXDATE));
        ManagementPort.given().when().get("/q/health/live").then().statusCode(200);

        // a token that does not verify picks no writer's budget: it counts as its sender's (spent) anonymous one
        given().auth().oauth2(JwtTestResource.forged("erin.editor", "editor")).when().get("/api/v1/indicators")
                .then().statusCode(429).header("RateLimit-Limit", "5");

        // nor does a token that lives too long or is issued in the future (429, or 200 if the budget refilled meanwhile)
        for (String token : new String[] {WriteAccessTest.lifetime(Duration.ofDays(36_500)), WriteAccessTest.issuedIn(Duration.ofHours(1))}) {
            given().auth().oauth2(token).when().get("/api/v1/indicators").then().header("RateLimit-Limit", "5");
        }

        String editor = JwtTestResource.editor();
        for (int i = 2; i >= 0; i--) {
            given().auth().oauth2(editor).when().get("/api/v1/indicators").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", Integer.toString(i));
        }
        given().auth().oauth2(editor).when().get("/api/v1/indicators").then().statusCode(429);
        given().auth().oauth2(JwtTestResource.admin()).when().get("/api/v1/indicators").then().statusCode(200);

        // spelling the path another way reaches neither the API nor another budget: it is refused before either
        for (String variant : CanonicalPathTest.VARIANTS) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", variant.getBytes(StandardCharsets.US_ASCII), Map.of(), null);
            assertEquals(400, answer.status(), variant);
            assertNull(answer.header("RateLimit-Remaining"), variant);
        }
        assertTrue(MetricsTest.metrics().contains("status=\"429\",uri=\"REFUSED\""), "429 answers are labelled REFUSED");
    }
}
