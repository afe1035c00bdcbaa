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
    /** An HTTP date as RFC 9110 §5.6.7 wants it written: two-digit day, GMT. */
    static final String IMF_FIXDATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
            + "[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT";

    @Test
    void pollingTheSnapshotGets304WhileNothingChanged() {
        var first = given().when().get(LATEST).then().statusCode(200)
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""))
                .header("Cache-Control", equalTo("public, max-age=10"))
                .header("Vary", equalTo("Accept, Accept-Language, Accept-Encoding, Origin"))
                .header("Last-Modified", matchesPattern(IMF_FIXDATE))
                .extract();
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).when().get(LATEST).then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());
        given().header("If-None-Match", "W/" + etag + ", \"other\"").when().get(LATEST).then().statusCode(304);
        given().header("If-None-Match", "\"stale\"").when().get(LATEST).then().statusCode(200);
        // If-Modified-Since with the Last-Modified: see ValidatorsTest, which knows when the data changed
        given().header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").when().get(LATEST).then().statusCode(200);
    }

    @Test
    void preconditionsAreWeighedOnlyAgainstASuccessfulAnswer() {
        String future = "Fri, 01 Jan 2100 00:00:00 GMT";
        for (String missingOrBad : new String[] {"/api/v1/areas/999999", "/api/v1/areas/999999/latest",
                "/api/v1/observations?size=5000"}) {
            int status = missingOrBad.contains("size") ? 400 : 404;
            given().header("If-None-Match", "*").when().get(missingOrBad).then().statusCode(status);
            given().header("If-Modified-Since", future).when().get(missingOrBad).then().statusCode(status);
        }
        given().header("If-Modified-Since", future).when().get(LATEST).then().statusCode(200);
        for (int i = 0; i < 3; i++) { // the later ones may come from the response cache
            given().header("If-None-Match", "*").when().get(LATEST).then().statusCode(304)
                    .header("ETag", matchesPattern("\"[0-9a-f]{32}\"")).body(emptyString());
        }
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
