package org.cityindicators;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;

/** Helpers of the document intake tests: posting a document, finding a candidate, cleaning up. */
final class Intakes {

    static final String SOURCE = "test-intake-src";
    /** 蓬江区: the seed's figures are the city's, so a district's figures drafted from them are new. */
    static final String AREA = "440703";

    private Intakes() {
    }

    static String document(String name) {
        try (InputStream in = Intakes.class.getResourceAsStream("/intake/documents/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestSpecification metadata(RequestSpecification request) {
        return request.queryParam("title", "测试报告").queryParam("publisher", "测试日报").queryParam("published", "2024-02")
                .queryParam("source", SOURCE).queryParam("area", AREA).queryParam("referenceDate", "2024-02-01");
    }

    /** Posts a UTF-8 text/plain document as the test editor; the answer, whatever its status. */
    static Response post(String contentType, byte[] body) {
        return metadata(given().auth().oauth2(JwtTestResource.editor())).contentType(contentType).body(body)
                .when().post("/api/v1/intakes");
    }

    static Response post(String text) {
        return post("text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first candidate with this indicator, measure and value. */
    static Map<String, Object> candidate(List<Map<String, Object>> candidates, String indicator, String measure, String value) {
        return candidates.stream().filter(c -> indicator.equals(c.get("indicator")) && measure.equals(c.get("measure"))
                && value.equals(c.get("value"))).findFirst().orElseThrow(() -> new AssertionError(
                "no candidate " + indicator + " " + measure + " " + value + " in " + candidates));
    }

    static Response patch(long intake, Object ordinal, String ifMatch, String json) {
        RequestSpecification request = given().auth().oauth2(JwtTestResource.editor()).contentType("application/merge-patch+json")
                .body(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/intakes/" + intake + "/candidates/" + ordinal);
    }

    static void clear(DataSource dataSource) {
        GeneratedData.execute(dataSource, "delete from observation where source_code = '" + SOURCE + "'",
                "delete from source where code = '" + SOURCE + "'", "delete from intake",
                "delete from audit_log where resource = 'intake' or code = '" + SOURCE + "' or actor = 'erin.editor'");
    }
}
