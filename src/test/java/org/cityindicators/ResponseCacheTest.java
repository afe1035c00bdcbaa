package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cityindicators.api.Preferences;
import org.cityindicators.cache.ResponseCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeated reads are answered from rendered copies, and never from a copy older than the data. */
@QuarkusTest
class ResponseCacheTest {

    /** Sends Accept-Encoding as given (RestAssured otherwise adds gzip and deflate to it) and decodes nothing. */
    static final RestAssuredConfig AS_SENT =
            RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Inject
    DataSource dataSource;

    @Inject
    ResponseCache cache;

    @BeforeEach
    void indicator() {
        new StewardshipTest().indicator();
    }

    @AfterEach
    void clear() {
        GeneratedData.execute(dataSource, "delete from audit_log where code like 'test.%' or actor in ('erin.editor', 'ada.admin')");
        GeneratedData.clear(dataSource);
    }

    private static Response read() {
        return given().queryParam("indicator", StewardshipTest.INDICATOR).header("Accept-Language", "en")
                .when().get("/api/v1/observations").then().statusCode(200).extract().response();
    }

    @Test
    void aRepeatedReadGetsTheSameBytesAndHeaders() {
        StewardshipTest.create(StewardshipTest.figure("2023", "100.50"));
        Response first = read();
        // the answer is kept when it has been written out, which may be just after the client has it
        awaitKept(1);
        Response second = read();
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.contentType(), second.contentType());
        assertEquals("en", second.header("Content-Language"));
        assertEquals(first.header("Vary"), second.header("Vary"));
        assertEquals(first.header("Last-Modified"), second.header("Last-Modified"));
        assertEquals(first.header("Cache-Control"), second.header("Cache-Control"));
    }

    @Test
    void aCachedAnswerIsStillCompressed() {
        StewardshipTest.create(StewardshipTest.figure("2023", "100.50"));
        for (int i = 0; i < 3; i++) { // the first rendered and compressed on the way out, then kept compressed
            awaitKept(i);
            Response answer = given().queryParam("indicator", StewardshipTest.INDICATOR).header("Accept-Encoding", "gzip")
                    .when().get("/api/v1/observations").then().statusCode(200).header("Content-Encoding", "gzip")
                    .body("items.valueText", contains("100.50")).extract().response();
            // compressed on the way out, the first is streamed without a length; a kept one was compressed once and
            // is sent whole, with its length
            assertEquals(i > 0, answer.header("Content-Length") != null, "answer " + i);
        }
    }

    @Test
    void aWriteMakesTheNextReadReturnTheNewValue() {
        var created = StewardshipTest.create(StewardshipTest.figure("2023", "100.50"));
        read().then().body("items.valueText", contains("100.50"));
        Response cached = read();
        cached.then().body("items.valueText", contains("100.50"));

        var corrected = StewardshipTest.correct(created.jsonPath().getLong("id"), created.header("ETag"),
                StewardshipTest.with(StewardshipTest.figure("2023", "101.25"), "reason", "Revised"));
        assertEquals(200, corrected.statusCode());

        Response after = read();
        after.then().body("items.valueText", contains("101.25"));
        assertNotEquals(cached.header("ETag"), after.header("ETag"));
    }

    @Test
    void gzipIsAcceptedUnlessRefused() {
        assertTrue(Preferences.acceptsGzip("gzip, deflate, br"));
        assertTrue(Preferences.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(Preferences.acceptsGzip("*"));
        assertTrue(Preferences.acceptsGzip("gzip;q=0.001"));
        assertTrue(!Preferences.acceptsGzip("gzip;q=0"));
        assertTrue(!Preferences.acceptsGzip("*;q=0.5, gzip;q=0"), "a named coding's weight wins over *");
        assertTrue(!Preferences.acceptsGzip("gzip;q=0.000, *"));
        assertTrue(!Preferences.acceptsGzip("gzip;q=2"), "not a qvalue");
        assertTrue(!Preferences.acceptsGzip("identity"));
        assertTrue(!Preferences.acceptsGzip("br, deflate"));
        assertTrue(!Preferences.acceptsGzip(null));
    }

    @Test
    void aClientThatRefusesGzipNeverGetsItFromTheCache() {
        StewardshipTest.create(StewardshipTest.figure("2023", "100.50"));
        for (int i = 0; i < 3; i++) { // the first rendered, the others from the cache
            awaitKept(i);
            given().config(AS_SENT).queryParam("indicator", StewardshipTest.INDICATOR)
                    .header("Accept-Encoding", "*;q=0.5, gzip;q=0").when().get("/api/v1/observations").then()
                    .statusCode(200).header("Content-Encoding", org.hamcrest.Matchers.not("gzip"));
        }
    }

    @Test
    void aKeptPageStillLinksToTheNext() {
        Response first = given().queryParam("size", 2).when().get("/api/v1/indicators").then().statusCode(200).extract().response();
        awaitKept(1);
        Response kept = given().queryParam("size", 2).when().get("/api/v1/indicators").then().statusCode(200).extract().response();
        assertTrue(first.header("Link").endsWith("; rel=\"next\""), first.header("Link"));
        assertEquals(first.header("Link"), kept.header("Link"));
        assertArrayEquals(first.asByteArray(), kept.asByteArray());
    }

    /** Once an answer has been asked for, waits until it is kept (it is kept once written out). */
    private void awaitKept(int asked) {
        if (asked > 0) {
            await().atMost(Duration.ofSeconds(5)).until(() -> cache.size() > 0);
        }
    }

    @Test
    void aFiltersTotalIsCountedOnceAndAgainAfterAWrite() {
        StewardshipTest.create(StewardshipTest.figure("2023", "100.50"));
        for (int size = 1; size <= 2; size++) { // other pages of one filter: the second reuses the first's count
            given().queryParam("indicator", StewardshipTest.INDICATOR).queryParam("size", size)
                    .when().get("/api/v1/observations").then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1));
        }
        StewardshipTest.create(StewardshipTest.figure("2024", "101.00"));
        given().queryParam("indicator", StewardshipTest.INDICATOR).queryParam("size", 3)
                .when().get("/api/v1/observations").then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void anAuthenticatedAnswerIsNeverServedToOthers() {
        StewardshipTest.create(StewardshipTest.figure("2023", "100.50"));
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(JwtTestResource.admin()).when().get("/api/v1/audit").then().statusCode(200);
        }
        given().when().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void aCrossOriginReadStillGetsCorsHeaders() {
        StewardshipTest.create(StewardshipTest.figure("2023", "100.50"));
        for (int i = 0; i < 2; i++) { // the second from the cache
            awaitKept(i);
            given().header("Origin", "https://dashboard.example.org").queryParam("indicator", StewardshipTest.INDICATOR)
                    .when().get("/api/v1/observations").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "https://dashboard.example.org");
        }
    }

    @Test
    void anotherLanguageIsAnotherAnswer() {
        StewardshipTest.create(StewardshipTest.figure("2023", "100.50"));
        read();
        String zh = given().queryParam("indicator", StewardshipTest.INDICATOR).header("Accept-Language", "zh")
                .when().get("/api/v1/observations").then().statusCode(200).extract().header("Content-Language");
        assertNotEquals("en", zh);
    }

    @Test
    void whileTheDatabaseIsUnreachableKeptAnswersAreServedAndSaySo() throws Exception {
        StewardshipTest.create(StewardshipTest.figure("2023", "100.50"));
        Response first = read();
        awaitKept(1);
        // the outage: the service's database takes no new connections and every one it had is ended; made and ended
        // from a connection to another database of the same server
        String database;
        String otherDatabase;
        String user;
        try (java.sql.Connection c = dataSource.getConnection()) {
            database = c.getCatalog();
            otherDatabase = c.getMetaData().getURL().replaceFirst("/" + java.util.regex.Pattern.quote(database) + "(\\?|$)", "/template1$1");
            user = c.getMetaData().getUserName();
        }
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(otherDatabase, user, "");
             java.sql.Statement st = admin.createStatement()) {
            try {
                st.execute("alter database \"" + database + "\" allow_connections false");
                st.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
                Response stale = await().atMost(Duration.ofSeconds(10)).until(() -> readIn("en"),
                        answer -> answer.header("Warning") != null);
                assertEquals(200, stale.statusCode());
                assertEquals("111 - \"Revalidation Failed\"", stale.header("Warning"));
                assertEquals("no-cache", stale.header("Cache-Control"));
                assertEquals(first.header("ETag"), stale.header("ETag"));
                assertArrayEquals(first.asByteArray(), stale.asByteArray());
                given().header("If-None-Match", first.header("ETag")).queryParam("indicator", StewardshipTest.INDICATOR)
                        .header("Accept-Language", "en").when().get("/api/v1/observations").then().statusCode(304)
                        .header("Warning", "111 - \"Revalidation Failed\"");
                // what the cache does not hold cannot be answered
                given().queryParam("indicator", StewardshipTest.INDICATOR).header("Accept-Language", "zh")
                        .when().get("/api/v1/observations").then().statusCode(503).contentType("application/problem+json");
            } finally {
                st.execute("alter database \"" + database + "\" allow_connections true");
            }
        }
        Response fresh = await().atMost(Duration.ofSeconds(10)).until(() -> readIn("en"),
                answer -> answer.statusCode() == 200 && answer.header("Warning") == null);
        assertEquals(200, fresh.statusCode());
        assertEquals(null, fresh.header("Warning"), "back to current answers once the database is reachable");
    }

    private static Response readIn(String language) {
        return given().queryParam("indicator", StewardshipTest.INDICATOR).header("Accept-Language", language)
                .when().get("/api/v1/observations").then().extract().response();
    }
}
