package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class HttpCachingTest {

    static final String LATEST = "/api/v1/areas/440700/latest";

    @Test
    void pollingTheSnapshotGets304WhileNothingChanged() {
        var first = given().when().get(LATEST).then().statusCode(200)
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""))
                .header("Cache-Control", equalTo("public, max-age=10"))
                .header("Vary", equalTo("Accept, Accept-Language, Accept-Encoding"))
                .header("Last-Modified", not(emptyString()))
                .extract();
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).when().get(LATEST).then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());
        given().header("If-None-Match", "W/" + etag + ", \"other\"").when().get(LATEST).then().statusCode(304);
        given().header("If-None-Match", "\"stale\"").when().get(LATEST).then().statusCode(200);
        given().header("If-Modified-Since", first.header("Last-Modified")).when().get(LATEST).then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").when().get(LATEST).then().statusCode(200);
    }

    @Test
    void eachRepresentationHasItsOwnETag() {
        String zh = given().when().get(LATEST).then().statusCode(200).extract().header("ETag");
        String en = given().queryParam("lang", "en").when().get(LATEST).then().statusCode(200)
                .header("Content-Language", equalTo("en")).extract().header("ETag");
        String csv = given().queryParam("format", "csv").when().get("/api/v1/observations").then().statusCode(200)
                .extract().header("ETag");
        String json = given().when().get("/api/v1/observations").then().statusCode(200).extract().header("ETag");
        assertNotEquals(zh, en);
        assertNotEquals(csv, json);
    }

    @Test
    void errorsCarryNoValidators() {
        given().when().get("/api/v1/areas/999999/latest").then().statusCode(404).header("ETag", nullValue());
    }

    @Test
    void largeAnswersAreCompressed() {
        given().header("Accept-Encoding", "gzip").when().get("/api/v1/observations").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void browsersMayReadFromAnyOriginButNeverWithCredentials() {
        given().header("Origin", "https://dashboard.example.org").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/observations").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        given().header("Origin", "https://dashboard.example.org").when().get(LATEST).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"))
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
    }
}
