package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cityindicators.cache.ResponseCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeated reads are answered from rendered copies, and never from a copy older than the data. */
@QuarkusTest
class ResponseCacheTest {

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
        for (int attempt = 0; attempt < 40 && cache.size() == 0; attempt++) {
            sleep(50);
        }
        assertTrue(cache.size() > 0, "the first answer was kept");
        Response second = read();
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.contentType(), second.contentType());
        assertEquals("en", second.header("Content-Language"));
        assertEquals(first.header("Vary"), second.header("Vary"));
    }

    @Test
    void aCachedAnswerIsStillCompressed() {
        StewardshipTest.create(StewardshipTest.figure("2023", "100.50"));
        for (int i = 0; i < 2; i++) {
            given().queryParam("indicator", StewardshipTest.INDICATOR).header("Accept-Encoding", "gzip")
                    .when().get("/api/v1/observations").then().statusCode(200).header("Content-Encoding", "gzip")
                    .body("items.valueText", contains("100.50"));
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
        for (int i = 0; i < 2; i++) {
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
