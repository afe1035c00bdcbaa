package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The HTTP details consumers' own tools rely on (scripts/consumers-check.sh runs the tools themselves). */
@QuarkusTest
class ConsumerHttpTest {

    private static final String IMF_FIXDATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

    @Test
    void corsAnswersSayTheyVaryByOrigin() {
        given().header("Origin", "https://example.org").when().get("/api/v1/indicators").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://example.org"))
                .header("Vary", containsString("Origin"));
        given().when().get("/explorer/main.js").then().statusCode(200).header("Vary", containsString("Origin"));
    }

    @Test
    void thePageAndItsScriptsAreRevalidatedByETag() {
        for (String path : new String[] {"/", "/explorer/main.js"}) {
            Response first = given().when().get(path).then().statusCode(200)
                    .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("immutable"))))
                    .header("ETag", matchesPattern("\"[0-9a-f]{32}\"")).extract().response();
            given().header("If-None-Match", first.header("ETag")).when().get(path).then().statusCode(304)
                    .header("ETag", equalTo(first.header("ETag"))).header("Content-Encoding", nullValue());
        }
    }

    @Test
    void datesAreImfFixdatesAndBodilessAnswersHaveNoIdentityCoding() {
        String etag = given().when().get("/api/v1/areas").then().statusCode(200)
                .header("Last-Modified", matchesPattern(IMF_FIXDATE)).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/areas").then().statusCode(304)
                .header("Content-Encoding", nullValue());
        given().when().options("/api/v1/areas").then().header("Content-Encoding", nullValue());
        given().when().head("/api/v1/areas").then().header("Content-Encoding", nullValue());
        given().when().get("/explorer/main.js").then().header("Date", matchesPattern(IMF_FIXDATE));
    }

    @Test
    void a406ListsEveryOfferedTypeAndTitlesAreReasonPhrases() {
        given().accept("image/png").queryParam("area", "440700").when().get("/api/v1/indicators/gdp/series").then()
                .statusCode(406).body("title", equalTo("Not Acceptable"))
                .body("detail", allOf(containsString("application/json"), containsString("text/csv"),
                        containsString("application/vnd.json-stat+json")));
        given().queryParam("measure", "nonsense").when().get("/api/v1/observations").then().statusCode(400)
                .body("title", equalTo("Bad Request"));
        given().when().get("/api/v1/indicators/no.such").then().statusCode(404).body("title", equalTo("Not Found"));
    }

    @Test
    void jsonSaysTheDecimalsAValueWasPublishedWith() {
        given().queryParam("indicator", "retail.total").queryParam("measure", "actual").when().get("/api/v1/observations")
                .then().statusCode(200).body("items[0].valueText", equalTo("1347.90")).body("items[0].decimals", equalTo(2));
        given().queryParam("area", "440700").when().get("/api/v1/indicators/gdp/series").then().statusCode(200)
                .body("points[0].valueText", equalTo("4000")).body("points[0].decimals", equalTo(0))
                .body("points[0].value", notNullValue());
    }
}
