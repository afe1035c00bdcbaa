package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Bad documents, metadata, patches and tokens are refused with a problem naming what is wrong, and nothing is stored. */
@QuarkusTest
class IntakeBadInputTest {

    private static final String FIGURE = "2023年全市一般公共预算收入完成277.09亿元。";

    @Inject
    DataSource dataSource;

    @AfterEach
    void clear() {
        Intakes.clear(dataSource);
    }

    @Test
    void anonymousIs401AndViewerIs403() {
        Intakes.metadata(given()).contentType("text/plain").body(FIGURE).when().post("/api/v1/intakes").then().statusCode(401)
                .contentType("application/problem+json");
        Intakes.metadata(given().auth().oauth2(JwtTestResource.token("vic.viewer", "viewer"))).contentType("text/plain")
                .body(FIGURE).when().post("/api/v1/intakes").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/intakes").then().statusCode(401);
        given().auth().oauth2(JwtTestResource.token("vic.viewer", "viewer")).when().get("/api/v1/intakes").then().statusCode(403);
        assertNothingStored();
    }

    @Test
    void badBodiesAreRefused() {
        Intakes.post("").then().statusCode(400).body("violations.field", hasItem("body"));
        Intakes.post(" \n\t ").then().statusCode(400).body("violations.field", hasItem("body"));
        Intakes.post("text/plain; charset=UTF-8", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0x9c}).then().statusCode(415);
        Intakes.post("text/plain; charset=UTF-8", ("收入" + '\u0000' + "277.09亿元").getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("detail", containsString("U+0000"));
        Intakes.post("text/plain; charset=utf-8", FIGURE.getBytes(java.nio.charset.Charset.forName("GBK"))).then().statusCode(415)
                .body("detail", containsString("UTF-8"));
        Intakes.post("text/plain; charset=GBK", FIGURE.getBytes(java.nio.charset.Charset.forName("GBK"))).then().statusCode(415)
                .body("violations.field", hasItem("Content-Type"));
        Intakes.post("application/pdf", FIGURE.getBytes(StandardCharsets.UTF_8)).then().statusCode(415);
        byte[] large = new byte[600 * 1024];
        Arrays.fill(large, (byte) 'a');
        Intakes.post("text/plain; charset=UTF-8", large).then().statusCode(413).contentType("application/problem+json");
        assertNothingStored();
    }

    @Test
    void missingOrBadMetadataIsNamed() {
        Map<String, String> good = Map.of("title", "测试报告", "publisher", "测试日报", "published", "2024-02",
                "source", Intakes.SOURCE, "area", Intakes.AREA, "referenceDate", "2024-02-01");
        for (String name : good.keySet()) {
            Map<String, String> without = new java.util.HashMap<>(good);
            without.remove(name);
            given().auth().oauth2(JwtTestResource.editor()).queryParams(without).contentType("text/plain").body(FIGURE)
                    .when().post("/api/v1/intakes").then().statusCode(400).body("violations.field", hasItem(name));
        }
        Map<String, String> bad = Map.of("published", "Feb 2024", "source", "Test Source", "area", "449999",
                "referenceDate", "2024-13-01", "url", "javascript:alert(1)");
        bad.forEach((name, value) -> {
            Map<String, String> with = new java.util.HashMap<>(good);
            with.put(name, value);
            given().auth().oauth2(JwtTestResource.editor()).queryParams(with).contentType("text/plain").body(FIGURE)
                    .when().post("/api/v1/intakes").then().statusCode(400).body("violations.field", hasItem(name));
        });
        assertNothingStored();
    }

    @Test
    void badPatchesAndAcceptsAreNamed() {
        JsonPath draft = Intakes.post(FIGURE).then().statusCode(201).extract().jsonPath();
        long id = draft.getLong("id");
        String etag = draft.getString("candidates[0].etag");
        Intakes.patch(id, 1, etag, "{\"colour\":\"red\"}").then().statusCode(400).body("violations.field", hasItem("colour"));
        Intakes.patch(id, 1, etag, "{\"status\":\"maybe\"}").then().statusCode(400).body("violations.field", hasItem("status"));
        Intakes.patch(id, 1, etag, "{\"indicator\":\"no.such\"}").then().statusCode(400).body("violations.field", hasItem("indicator"));
        Intakes.patch(id, 1, etag, "{\"value\":\"12,5\"}").then().statusCode(400).body("violations.field", hasItem("value"));
        Intakes.patch(id, 1, etag, "{\"period\":\"last year\"}").then().statusCode(400).body("violations.field", hasItem("period"));
        Intakes.patch(id, 1, etag, "[1]").then().statusCode(400).body("violations.field", hasItem("body"));
        Intakes.patch(id, 99, etag, "{\"status\":\"accepted\"}").then().statusCode(404);
        Intakes.patch(id + 1000, 1, etag, "{\"status\":\"accepted\"}").then().statusCode(404);
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body("{}")
                .when().post("/api/v1/intakes/" + id + "/accept").then().statusCode(400).body("violations.field", hasItem("body"));
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body("{\"minConfidence\":2}")
                .when().post("/api/v1/intakes/" + id + "/accept").then().statusCode(400)
                .body("violations.field", hasItem("minConfidence"));
        given().auth().oauth2(JwtTestResource.editor()).when().post("/api/v1/intakes/" + id + "/publish").then().statusCode(422)
                .body("detail", containsString("no accepted candidates"));
        given().auth().oauth2(JwtTestResource.editor()).when().get("/api/v1/intakes/" + id).then().statusCode(200)
                .body("candidates[0].status", equalTo("proposed")).body("candidates[0].version", equalTo(1));
    }

    private void assertNothingStored() {
        given().auth().oauth2(JwtTestResource.editor()).when().get("/api/v1/intakes").then().statusCode(200)
                .body("total", equalTo(0));
    }
}
