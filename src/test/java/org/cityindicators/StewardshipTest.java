package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Data stewards write figures: create, correct with If-Match, withdraw; every version stays queryable. */
@QuarkusTest
class StewardshipTest {

    static final String INDICATOR = "test.stewardship.sales";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void indicator() {
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").body(Map.of(
                        "nameZh", "测试销售额", "nameEn", "Test sales", "category", "population", "unit", "CNY_100M",
                        "scoped", false))
                .when().put("/api/v1/indicators/" + INDICATOR).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/indicators/" + INDICATOR));
    }

    @AfterEach
    void clear() {
        GeneratedData.execute(dataSource, "delete from audit_log where code like 'test.%' or actor in ('erin.editor', 'ada.admin')",
                "delete from area where code = '449901'", "delete from source where code = 'test-source'");
        GeneratedData.clear(dataSource);
    }

    static Map<String, Object> figure(String period, String value) {
        return Map.of("indicator", INDICATOR, "area", "440703", "period", period, "measure", "actual", "value", value,
                "unit", "CNY_100M", "qualifier", "exact", "source", "jmdaily-2024-02-gdp", "quote", "测试" + value);
    }

    /** A resource's ETag: its row version, then the hash of the representation. */
    static final String ETAG = "\"[0-9]+-[0-9a-f]{32}\"";

    static ExtractableResponse<Response> create(Map<String, Object> figure) {
        return given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(figure)
                .when().post("/api/v1/observations").then().statusCode(201)
                .header("ETag", matchesPattern(ETAG)).extract();
    }

    static ExtractableResponse<Response> correct(long id, String ifMatch, Map<String, Object> figure) {
        var request = given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(figure);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/observations/" + id).then().extract();
    }

    static Map<String, Object> with(Map<String, Object> figure, String key, Object value) {
        var copy = new java.util.HashMap<>(figure);
        copy.put(key, value);
        return copy;
    }

    @Test
    void aCorrectionKeepsTheEarlierValueForAsOfAndHistory() {
        var created = create(figure("2023", "100.50"));
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/v1/observations/" + id));
        given().when().get("/api/v1/observations/" + id).then().statusCode(200).header("ETag", equalTo(etag))
                .body("valueText", equalTo("100.50"));
        given().header("If-None-Match", etag).when().get("/api/v1/observations/" + id).then().statusCode(304);
        // the moment the first value was recorded: asOf then sees it, and the correction is recorded later
        String beforeCorrection = created.jsonPath().getString("recordedAt");

        var corrected = correct(id, etag, with(figure("2023", "101.25"), "reason", "Revised by the statistics bureau"));
        assertEquals(200, corrected.statusCode());
        assertEquals("101.25", corrected.jsonPath().getString("valueText"));
        assertNotEquals(etag, corrected.header("ETag"));

        given().queryParam("indicator", INDICATOR).when().get("/api/v1/observations").then().statusCode(200)
                .body("items.valueText", contains("101.25"));
        given().queryParam("indicator", INDICATOR).queryParam("asOf", beforeCorrection)
                .when().get("/api/v1/observations").then().statusCode(200).body("items.valueText", contains("100.50"));
        given().when().get("/api/v1/observations/" + id + "/history").then().statusCode(200)
                .body("figure.valueText", contains("100.50", "101.25"))
                .body("reason", contains(nullValue(), equalTo("Revised by the statistics bureau")))
                .body("[0].supersededAt", not(nullValue())).body("[1].supersededAt", nullValue());
    }

    @Test
    void aResourcesETagNamesItsRepresentationAndEverythingItShows() {
        var created = create(figure("2023", "100.50"));
        long id = created.jsonPath().getLong("id");
        String url = "/api/v1/observations/" + id;
        String en = given().queryParam("lang", "en").when().get(url).then().statusCode(200)
                .body("indicatorName", equalTo("Test sales")).extract().header("ETag");
        String zh = given().queryParam("lang", "zh").when().get(url).then().statusCode(200).extract().header("ETag");
        String gzip = given().config(ResponseCacheTest.AS_SENT).queryParam("lang", "en")
                .header("Accept-Encoding", "gzip").when().get(url).then().statusCode(200)
                .header("Content-Encoding", "gzip").extract().header("ETag");
        String identity = given().config(ResponseCacheTest.AS_SENT).queryParam("lang", "en")
                .header("Accept-Encoding", "identity").when().get(url).then().statusCode(200).extract().header("ETag");
        assertNotEquals(en, zh);
        assertNotEquals(gzip, identity);

        String indicator = given().queryParam("lang", "en").when().get("/api/v1/indicators/" + INDICATOR)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").header("If-Match", indicator)
                .body(Map.of("nameZh", "测试销售额", "nameEn", "Test sales (revised)", "category", "population",
                        "unit", "CNY_100M", "scoped", false))
                .when().put("/api/v1/indicators/" + INDICATOR).then().statusCode(200)
                .header("ETag", matchesPattern(ETAG));
        given().queryParam("lang", "en").header("If-None-Match", en).when().get(url).then().statusCode(200)
                .body("indicatorName", equalTo("Test sales (revised)"));

        // the figure did not change: an ETag of any representation of it still names its version for a correction,
        // and the correction answers with the ETag a read of what it returns gets
        var corrected = correct(id, zh, with(figure("2023", "100.60"), "reason", "typo"));
        assertEquals(200, corrected.statusCode());
        given().when().get(url).then().statusCode(200).header("ETag", corrected.header("ETag"));
        given().header("If-None-Match", corrected.header("ETag")).when().get(url).then().statusCode(304);
    }

    @Test
    void writesNeedTheCurrentETag() {
        var created = create(figure("2023", "100.50"));
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        var reasoned = with(figure("2023", "100.60"), "reason", "typo");
        var missing = correct(id, null, reasoned);
        assertEquals(428, missing.statusCode());
        assertEquals("application/problem+json", missing.contentType());
        assertEquals(412, correct(id, "\"1\"", reasoned).statusCode());
        assertEquals(200, correct(id, etag, reasoned).statusCode());
        assertEquals(412, correct(id, etag, with(reasoned, "value", "100.70")).statusCode(), "the ETag is stale now");
        assertEquals(200, correct(id, etag, reasoned).statusCode(), "repeating the applied correction changes nothing");
        given().when().get("/api/v1/observations/" + id + "/history").then().body("", hasSize(2));
        String current = given().when().get("/api/v1/observations/" + id).then().extract().header("ETag");
        assertEquals(400, correct(id, current, figure("2023", "100.80")).statusCode(), "a correction needs a reason");
        assertEquals(400, correct(id, current, with(reasoned, "period", "2022")).statusCode(), "the identity stays");
    }

    @Test
    void twoConcurrentWritersOnOneFigureOneGets412() throws Exception {
        var created = create(figure("2023", "100.50"));
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<Integer>> writers = List.of(
                    () -> {
                        start.await();
                        return correct(id, etag, with(figure("2023", "111.00"), "reason", "writer A")).statusCode();
                    },
                    () -> {
                        start.await();
                        return correct(id, etag, with(figure("2023", "222.00"), "reason", "writer B")).statusCode();
                    });
            List<Future<Integer>> results = writers.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/api/v1/observations/" + id + "/history").then().body("", hasSize(2));
    }

    @Test
    void aWithdrawalIsATombstoneNotADelete() {
        var created = create(figure("2023", "100.50"));
        long id = created.jsonPath().getLong("id");
        Instant beforeWithdrawal = Instant.now();
        given().auth().oauth2(JwtTestResource.editor()).header("If-Match", created.header("ETag"))
                .when().delete("/api/v1/observations/" + id).then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().auth().oauth2(JwtTestResource.editor()).header("If-Match", created.header("ETag")).queryParam("reason", "Duplicate")
                .when().delete("/api/v1/observations/" + id).then().statusCode(200).body("withdrawn", equalTo(true));
        given().queryParam("indicator", INDICATOR).when().get("/api/v1/observations").then().body("items", hasSize(0));
        given().queryParam("indicator", INDICATOR).queryParam("updatedAfter", beforeWithdrawal.minusSeconds(5).toString())
                .when().get("/api/v1/observations").then().body("items", hasSize(1))
                .body("items[0].withdrawn", equalTo(true)).body("items[0].id", equalTo((int) id));
        given().queryParam("indicator", INDICATOR).queryParam("asOf", beforeWithdrawal.toString())
                .when().get("/api/v1/observations").then().body("items.valueText", contains("100.50"));
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(figure("2023", "1"))
                .when().post("/api/v1/observations").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aWriteWithABadParameterIsRefusedBeforeAnythingIsWritten() {
        long id = create(figure("2023", "7.00")).jsonPath().getLong("id");
        given().auth().oauth2(JwtTestResource.editor()).header("If-Match", "*").queryParam("reason", "test")
                .queryParam("lang", "klingon").when().delete("/api/v1/observations/" + id).then().statusCode(400);
        given().auth().oauth2(JwtTestResource.editor()).header("If-Match", "*").contentType("application/json")
                .body(with(figure("2023", "7.50"), "reason", "test")).queryParam("lang", "klingon")
                .when().put("/api/v1/observations/" + id).then().statusCode(400);
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(figure("2024", "8.00"))
                .queryParam("lang", "klingon").when().post("/api/v1/observations").then().statusCode(400);
        given().when().get("/api/v1/observations/" + id + "/history").then().statusCode(200)
                .body("", hasSize(1)).body("[0].figure.withdrawn", equalTo(false)).body("[0].figure.valueText", equalTo("7.00"));
        given().queryParam("indicator", INDICATOR).queryParam("from", "2024").when().get("/api/v1/observations")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void administratorsCreateAreasAndSources() {
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json")
                .body(Map.of("nameZh", "测试区", "nameEn", "Test District", "level", "district", "parent", "440700"))
                .when().put("/api/v1/areas/449901").then().statusCode(201).body("name", equalTo("测试区"))
                .header("ETag", matchesPattern(ETAG));
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json")
                .body(Map.of("nameZh", "测试区", "nameEn", "Test District", "level", "district", "parent", "449901"))
                .header("If-Match", "*").when().put("/api/v1/areas/449901").then().statusCode(400)
                .body("violations[0].field", equalTo("parent"));
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json")
                .body(Map.of("title", "测试来源", "publisher", "测试", "published", "2024-02-30x", "licence", "CC BY 4.0"))
                .when().put("/api/v1/sources/test-source").then().statusCode(400).body("violations[0].field", equalTo("published"));
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json")
                .body(Map.of("title", "测试来源", "publisher", "测试", "published", "2024-02", "licence", "CC BY 4.0"))
                .when().put("/api/v1/sources/test-source").then().statusCode(201).body("published", equalTo("2024-02"));
    }

    @Test
    void catalogueWritesAreVersionedToo() {
        var first = given().when().get("/api/v1/indicators/" + INDICATOR).then().statusCode(200).extract();
        String etag = first.header("ETag");
        String seriesName = given().queryParam("area", "440700").when().get("/api/v1/indicators/" + INDICATOR + "/series")
                .then().statusCode(200).extract().path("indicatorName");
        var renamed = Map.of("nameZh", "测试销售额（修订）", "nameEn", "Test sales (revised)", "category", "population",
                "unit", "CNY_100M", "scoped", false);
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").body(renamed)
                .when().put("/api/v1/indicators/" + INDICATOR).then().statusCode(428);
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").body(renamed).header("If-Match", etag)
                .when().put("/api/v1/indicators/" + INDICATOR).then().statusCode(200).body("name", equalTo("测试销售额（修订）"))
                .header("ETag", not(equalTo(etag)));
        // a series names its indicator as the catalogue has it now, not as the last read before the change
        given().queryParam("area", "440700").when().get("/api/v1/indicators/" + INDICATOR + "/series").then().statusCode(200)
                .body("indicatorName", allOf(equalTo("测试销售额（修订）"), not(equalTo(seriesName))));
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json")
                .body(with(new java.util.HashMap<>(renamed), "unit", "NO_SUCH_UNIT")).header("If-Match", "*")
                .when().put("/api/v1/indicators/" + INDICATOR).then().statusCode(400).body("violations[0].field", equalTo("unit"));
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").body(Map.of("nameZh", ""))
                .when().put("/api/v1/indicators/" + INDICATOR).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(JwtTestResource.admin()).when().get("/api/v1/audit?resource=indicator").then().statusCode(200)
                .body("items.findAll { it.code == '" + INDICATOR + "' }.action", contains("create", "update"))
                .body("items.findAll { it.code == '" + INDICATOR + "' }.actor", contains("ada.admin", "ada.admin"));
    }
}
