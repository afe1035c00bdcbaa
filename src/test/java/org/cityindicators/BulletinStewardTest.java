package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A steward adds a made-up city through the API only: a unit, indicators with aliases, an area and a source, then its
 * bulletin's figures (万人, 元, ‰, percentage points, a fall, a structure, a district-level budget figure in 万元).
 */
@QuarkusTest
class BulletinStewardTest {

    static final String AREA = "449902";

    @Inject
    DataSource dataSource;

    @AfterEach
    void clear() {
        GeneratedData.clear(dataSource);
        GeneratedData.execute(dataSource, "delete from area where code = '" + AREA + "'",
                "delete from source where code = 'test-bulletin'",
                "delete from audit_log where code like 'test%' or code like 'TEST_%' or code = '" + AREA + "'"
                        + " or actor = 'erin.editor'");
    }

    static void put(String path, Map<String, ?> body) {
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").body(body).when().put(path)
                .then().statusCode(201);
    }

    static void indicator(String code, String nameZh, String category, String unit, String parent, boolean additive,
                          boolean scoped, List<String> aliases) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("nameZh", nameZh, "nameEn", code, "category", category,
                "unit", unit, "scoped", scoped, "additive", additive, "aliases", aliases));
        if (parent != null) {
            body.put("parent", parent);
        }
        put("/api/v1/indicators/" + code, body);
    }

    void catalogue() {
        put("/api/v1/units/TEST_INDEX", Map.of("symbolZh", "指数", "symbolEn", "index", "kind", "index"));
        put("/api/v1/areas/" + AREA, Map.of("nameZh", "测试市", "nameEn", "Test City (made up)", "level", "prefecture",
                "parent", "440000"));
        put("/api/v1/sources/test-bulletin", Map.of("title", "测试市2023年国民经济和社会发展统计公报（虚构）",
                "publisher", "测试市统计局（虚构）", "published", "2024-03", "licence", "made up for tests"));
        indicator("test.bulletin.gdp", "地区生产总值", "gdp", "CNY_100M", null, true, false, List.of("GDP", "生產總值"));
        indicator("test.bulletin.gdp.primary", "第一产业增加值", "gdp", "CNY_100M", "test.bulletin.gdp", true, false, List.of("一产"));
        indicator("test.bulletin.gdp.secondary", "第二产业增加值", "gdp", "CNY_100M", "test.bulletin.gdp", true, false, List.of());
        indicator("test.bulletin.gdp.tertiary", "第三产业增加值", "gdp", "CNY_100M", "test.bulletin.gdp", true, false, List.of());
        indicator("test.bulletin.gdp.per_capita", "人均地区生产总值", "gdp", "CNY", null, false, false, List.of("人均GDP"));
        indicator("test.bulletin.population", "常住人口", "population", "PERSON_10K", null, true, false,
                List.of("年末常住人口", "resident population"));
        indicator("test.bulletin.birth_rate", "人口出生率", "population", "PER_MILLE", null, false, false, List.of());
        indicator("test.bulletin.cpi", "居民消费价格指数", "prices", "TEST_INDEX", null, false, false, List.of("CPI"));
        indicator("test.bulletin.revenue", "一般公共预算收入", "budget", "CNY_100M", null, true, true, List.of());
    }

    static String bulletin() throws IOException {
        try (InputStream in = BulletinStewardTest.class.getClassLoader().getResourceAsStream("bulletin/observations.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(text.indexOf('\n') + 1); // the first line says the data are made up
        }
    }

    @Test
    void aNewCitysBulletinGoesInAsDataAndReadsBackEveryWay() throws IOException {
        catalogue();
        Imports.csv(bulletin()).statusCode(200).body("inserted", equalTo(16));

        given().queryParam("area", AREA).queryParam("indicator", "test.bulletin.population").when().get("/api/v1/observations")
                .then().statusCode(200).body("items[0].valueText", equalTo("458.53"))
                .body("items[0].valueBase", equalTo(4585300)).body("items[0].baseUnit", equalTo("PERSON"));
        given().queryParam("area", AREA).queryParam("scope", "district_level").queryParam("indicator", "test.bulletin.revenue")
                .when().get("/api/v1/observations").then().statusCode(200)
                .body("items.measure", contains("actual", "budget_progress", "schedule_gap"))
                .body("items.valueText", contains("123456.78", "36.7", "-2.5"))
                .body("items.unit", contains("CNY_10K", "PERCENT", "PP"));
        given().queryParam("area", AREA).queryParam("indicator", "test.bulletin.gdp").when().get("/api/v1/compositions")
                .then().statusCode(200).body("items[0].partsSum", equalTo("3000.00"))
                .body("items[0].consistent", equalTo(true)).body("items[0].partsFound", equalTo(3));
        given().queryParam("area", AREA).when().get("/api/v1/indicators/test.bulletin.gdp.primary/derived").then()
                .statusCode(200).body("items.find { it.method == 'share_of_parent' }.valueText", equalTo("7.1"));

        String csv = given().queryParam("area", AREA).queryParam("format", "csv").queryParam("bom", "false")
                .when().get("/api/v1/observations").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("test.bulletin.cpi,449902,,,2023,yoy_growth,-1.1,PERCENT,exact"), csv);
        assertTrue(csv.contains("test.bulletin.birth_rate,449902,,,2023,actual,6.21,PER_MILLE,exact"), csv);
        given().queryParam("area", AREA).queryParam("indicator", "test.bulletin.gdp.tertiary").queryParam("format", "jsonstat")
                .when().get("/api/v1/observations").then().statusCode(200)
                .body("dimension.metric.category.index.'test.bulletin.gdp.tertiary:pp_change'", notNullValue())
                .body("dimension.metric.category.unit.'test.bulletin.gdp.tertiary:pp_change'.label", equalTo("个百分点"));

        given().queryParam("q", "人均gdp").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("test.bulletin.gdp.per_capita"));
        given().queryParam("category", "prices").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("test.bulletin.cpi"));
        byte[] zip = given().when().get("/api/v1/download").then().statusCode(200).extract().asByteArray();
        String indicators = DownloadTest.unzip(zip).get("indicators.csv");
        assertTrue(indicators.contains("test.bulletin.population,常住人口,test.bulletin.population,,,population,PERSON_10K,"
                + "false,true,,resident population|年末常住人口\r\n"), indicators);
        given().queryParam("lang", "en").when().get("/api/v1/areas/" + AREA + "/latest").then().statusCode(200)
                .body(containsString("test.bulletin.birth_rate"));
    }
}
