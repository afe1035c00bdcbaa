package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Refusals of bad bodies say what was wrong in the API's terms: never a Java type, a package or Jackson's words. */
@QuarkusTest
class ProblemLeakTest {

    static final List<String> INTERNALS = List.of("java.", "org.", "com.fasterxml", "Exception", "jackson", "StreamReadConstraints");
    static final String FIGURE = """
            {"indicator":"retail.total","area":"440700","period":"2023","measure":"actual","value":%s,"unit":"CNY_100M",
             "qualifier":"exact","source":"jmdaily-2024-02-gdp","quote":"测试"}""";
    /** Bodies that are not figures: wrong types, wrong shapes, broken syntax, numbers beyond every limit. */
    static final List<String> FIGURES = List.of(FIGURE.formatted("\"abc\""), FIGURE.formatted("[1]"), FIGURE.formatted("{}"),
            FIGURE.formatted("true"), FIGURE.formatted("1e999999999"), FIGURE.formatted("9".repeat(1500)),
            FIGURE.formatted("1").replace("\"retail.total\"", "{\"a\":1}"), FIGURE.formatted("1").replace("\"测试\"", "[]"),
            FIGURE.formatted("1,"), FIGURE.formatted("NaN"), "{", "[]", "\"x\"", "1", "{\"value\":", "[".repeat(3000));

    @Test
    void badBodiesAreRefusedInTheApisTerms() {
        List<String> leaks = new ArrayList<>();
        for (String figure : FIGURES) {
            check(leaks, "POST", given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(figure)
                    .when().post("/api/v1/observations").then().extract());
            check(leaks, "PUT", given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(figure)
                    .header("If-Match", "*").when().put("/api/v1/observations/1").then().extract());
            check(leaks, "import", Imports.json("[" + figure + "]").extract());
            check(leaks, "import", Imports.json(figure).extract());
        }
        for (String body : List.of("{\"nameZh\":[],\"scoped\":\"maybe\"}", "{\"scoped\":{}}", "[1]", "{\"nameZh\":1e99999}")) {
            check(leaks, "indicator", given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").body(body)
                    .when().put("/api/v1/indicators/test.leak").then().extract());
        }
        for (String csv : List.of("a,b\n\"x", ImportTest.HEADER + "\"unterminated\n", ImportTest.HEADER + "x\"y\",z\n",
                ImportTest.HEADER.replace("\n", ",\n"), "indicator,indicator\n", "\u0000\u0001\u0002")) {
            check(leaks, "csv", Imports.csv(csv).extract());
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    private static void check(List<String> leaks, String what, ExtractableResponse<Response> answer) {
        String body = answer.asString();
        if (answer.statusCode() < 400 || answer.statusCode() >= 500 || !answer.contentType().startsWith("application/problem+json")
                || INTERNALS.stream().anyMatch(body::contains)) {
            leaks.add(what + " " + answer.statusCode() + " " + answer.contentType() + ": "
                    + body.substring(0, Math.min(400, body.length())));
        }
    }
}
