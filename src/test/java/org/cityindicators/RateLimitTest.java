package org.cityindicators;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anonymous clients and token holders each get their own budget; a spent one answers 429 with when to retry; what
 * another replica served a client counts against the same budget here.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Small.class)
class RateLimitTest {

    /** Five requests a minute. */
    public static class Small implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("indicators.rate-limit.enabled", "true", "indicators.rate-limit.anonymous", "5",
                    "indicators.rate-limit.writer", "3", "indicators.rate-limit.period", "60s",
                    "indicators.rate-limit.sync-interval", "100ms");
        }
    }

    @Inject
    DataSource dataSource;

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

    @Test
    void aBudgetAnotherReplicaSpentIsSpentHereToo() throws Exception {
        String token = JwtTestResource.token("rita.replica", "editor");
        // another replica served this subject its whole budget of 3 and recorded it in the shared buckets
        ProxyManager<String> shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("rate_limit_bucket").idColumn("id").stateColumn("state")
                .expiresAtColumn("expires_at").build();
        shared.builder().build("sub:rita.replica", () -> BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(3).refillGreedy(3, Duration.ofSeconds(60)).build()).build())
                .consumeIgnoringRateLimits(3);
        byte[] before = state("sub:rita.replica");
        // this replica does not know yet: it serves one request from its own bucket, then learns at its next sync
        given().auth().oauth2(token).when().get("/api/v1/indicators").then().statusCode(200).header("RateLimit-Remaining", "2");
        await().atMost(Duration.ofSeconds(10)).until(() -> !Arrays.equals(before, state("sub:rita.replica")));
        given().auth().oauth2(token).when().get("/api/v1/indicators").then().statusCode(429).header("RateLimit-Remaining", "0");
    }

    private byte[] state(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select state from rate_limit_bucket where id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }
}
