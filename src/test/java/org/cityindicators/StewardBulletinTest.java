package org.cityindicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A steward's day, through the API only: a new city and district, a source, a bulletin-shaped file with a cumulative
 * figure and its growth, a quarter, a half-year and a fall; then every way of reading them back, and the comparison.
 */
@QuarkusTest
class StewardBulletinTest {

    static final String CITY = "449910";
    static final String DISTRICT = "449911";

    @Inject
    DataSource dataSource;

    @AfterEach
    void clear() {
        GeneratedData.execute(dataSource, "delete from observation where area_code in ('" + CITY + "', '" + DISTRICT + "')",
                "delete from area where code = '" + DISTRICT + "'", "delete from area where code = '" + CITY + "'",
                "delete from source where code = 'test-bulletin'",
                "delete from audit_log where actor in ('erin.editor', 'ada.admin')");
    }

    /** Creates the city, its district and the source, and imports the bulletin. */
    static void loadBulletin() throws IOException {
        putAs(JwtTestResource.admin(), "/api/v1/areas/" + CITY,
                Map.of("nameZh", "测试市", "nameEn", "Test City", "level", "prefecture", "parent", "440000"));
        putAs(JwtTestResource.admin(), "/api/v1/areas/" + DISTRICT,
                Map.of("nameZh", "甲区", "nameEn", "Jia District", "level", "district", "parent", CITY));
        putAs(JwtTestResource.admin(), "/api/v1/sources/test-bulletin", Map.of("title", "测试市统计公报（测试用，虚构）",
                "publisher", "测试市统计局", "published", "2024-05", "licence", "made up for tests"));
        Imports.csv(PeriodsTest.testFile("steward/bulletin.csv")).statusCode(200).body("inserted", equalTo(10));
    }

    private static void putAs(String token, String path, Map<String, String> body) {
        given().auth().oauth2(token).contentType("application/json").body(body).when().put(path).then().statusCode(201);
    }

    @Test
    void aBulletinImportedThroughTheApiReadsBackInEveryForm() throws IOException {
        loadBulletin();
        given().queryParam("area", CITY).queryParam("measure", "actual").when().get("/api/v1/observations").then()
                .statusCode(200).body("total", equalTo(6))
                .body("items.period", contains("2023-01/2023-04", "2024-01/2024-04", "2023", "2023-H1", "2023-Q1", "2024-Q1"))
                .body("items.frequency", hasItems("year_to_date", "year", "half_year", "quarter"))
                .body("items.valueText", contains("50.00", "60.00", "3210.50", "590.00", "280.00", "300.00"));
        given().queryParam("area", CITY).queryParam("measure", "yoy_growth").when().get("/api/v1/observations").then()
                .body("items.valueText", contains("20.0", "-0.8", "-2.5"));

        String csv = given().queryParam("area", CITY).queryParam("format", "csv").when().get("/api/v1/observations").then()
                .statusCode(200).extract().asString();
        assertTrue(csv.contains("budget.general.revenue,449910,,consolidated,2024-01/2024-04,yoy_growth,20.0,PERCENT,"), csv);
        assertTrue(csv.contains("gdp,449910,,,2023,yoy_growth,-0.8,PERCENT,"), csv);

        given().queryParam("area", CITY).queryParam("indicator", "retail.total").queryParam("format", "jsonstat")
                .queryParam("lang", "en").when().get("/api/v1/observations").then().statusCode(200)
                .body("role.time", contains("period"))
                .body("dimension.period.category.index", equalTo(Map.of("2023-Q1", 0, "2023-H1", 1, "2024-Q1", 2)))
                .body("dimension.period.category.label", equalTo(Map.of("2023-Q1", "Q1 2023", "2023-H1", "H1 2023",
                        "2024-Q1", "Q1 2024")));

        Map<String, String> files = DownloadTest.unzip(given().when().get("/api/v1/download").then().statusCode(200)
                .extract().asByteArray());
        assertTrue(files.get("observations.csv").contains("budget.general.revenue,449910,,consolidated,2024-01/2024-04,actual,60.00"));
        assertTrue(files.get("areas.csv").contains("449911,甲区,Jia District,district,449910"), files.get("areas.csv"));
        JsonNode period = new ObjectMapper().readTree(files.get("datapackage.json")).at("/resources/0/schema/fields")
                .findParents("name").stream().filter(f -> f.get("name").asText().equals("period")).findFirst().orElseThrow();
        assertTrue(period.get("description").asText().contains("2024-01/2024-04"), period.toString());
        String pattern = period.at("/constraints/pattern").asText();
        for (String text : List.of("2023", "2023-H1", "2023-Q4", "2023-12", "2024-01/2024-04")) {
            assertTrue(text.matches(pattern), text + " fits the described pattern " + pattern);
        }
        for (String text : List.of("2023-Q5", "2023-H3", "2024-13", "2024-1")) {
            assertTrue(!text.matches(pattern), text + " does not fit " + pattern);
        }

        JsonPath series = given().queryParam("area", CITY).queryParam("scope", "consolidated").queryParam("frequency", "year_to_date")
                .when().get("/api/v1/indicators/budget.general.revenue/series").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2023-01/2023-04", "2024-01/2024-04"), series.getList("points.period"));
        given().queryParam("area", CITY).queryParam("scope", "consolidated").queryParam("frequency", "year_to_date")
                .when().get("/api/v1/indicators/budget.general.revenue/derived").then().statusCode(200)
                .body("items.method", contains("yoy_growth")).body("items[0].valueText", equalTo("20.0"))
                .body("items[0].inputs.period", contains("2023-01/2023-04", "2024-01/2024-04"));
        given().queryParam("area", CITY).queryParam("frequency", "quarter")
                .when().get("/api/v1/indicators/retail.total/derived").then().statusCode(200)
                .body("items.method", contains("yoy_growth")).body("items[0].valueText", equalTo("7.1"));
    }

    @Test
    void areasAreComparedSideBySideRankedByValue() throws IOException {
        loadBulletin();
        var answer = given().queryParam("period", "2023").queryParam("lang", "en")
                .when().get("/api/v1/indicators/gdp/areas").then().statusCode(200)
                .header("ETag", not(equalTo(null)))
                .body("indicator", equalTo("gdp")).body("period", equalTo("2023")).body("periodName", equalTo("2023"))
                .body("measure", equalTo("actual"))
                .body("items.area", contains("440700", CITY, DISTRICT))
                .body("items.rank", contains(1, 2, 3))
                .body("items.level", contains("prefecture", "prefecture", "district"))
                .body("items.parent", contains("440000", "440000", CITY))
                .body("items.areaName", contains("Jiangmen", "Test City", "Jia District"))
                .body("items[2].names.zh", equalTo("甲区"))
                .body("items.valueText", contains("4000", "3210.50", "800.25"))
                .body("items.qualifier", contains("more_than", "exact", "about"))
                .body("items.unit", contains("CNY_100M", "CNY_100M", "CNY_100M"))
                .body("items.source", contains("jmdaily-2024-02-gdp", "test-bulletin", "test-bulletin")).extract();
        assertEquals("321050000000", answer.jsonPath().getMap("items[1]").get("valueBase").toString());
        given().queryParam("period", "2023").queryParam("lang", "en").header("If-None-Match", answer.header("ETag"))
                .when().get("/api/v1/indicators/gdp/areas").then().statusCode(304);
        given().queryParam("period", "2023").queryParam("parent", CITY).when().get("/api/v1/indicators/gdp/areas").then()
                .statusCode(200).body("items.area", contains(DISTRICT));
        given().queryParam("period", "2023").queryParam("parent", "440000").queryParam("areas", DISTRICT + ",440700")
                .when().get("/api/v1/indicators/gdp/areas").then().statusCode(200).body("items.area", contains("440700", DISTRICT));
        given().queryParam("period", "2023").queryParam("measure", "yoy_growth")
                .when().get("/api/v1/indicators/gdp/areas").then().statusCode(200).body("items.area", contains(CITY))
                .body("items[0].valueText", equalTo("-0.8")).body("items[0].unit", equalTo("PERCENT"));
        given().queryParam("period", "2024-01/2024-04").queryParam("scope", "consolidated")
                .when().get("/api/v1/indicators/budget.general.revenue/areas").then().statusCode(200)
                .body("periodName", equalTo("2024年1-4月累计")).body("frequency", equalTo("year_to_date"))
                .body("items.area", contains(CITY));
        given().queryParam("period", "2024-01/2024-03").queryParam("scope", "consolidated")
                .when().get("/api/v1/indicators/budget.general.revenue/areas").then().statusCode(200).body("items", hasSize(0));

        given().when().get("/api/v1/areas?hasObservations=true&size=1000").then().statusCode(200)
                .body("items.code", hasItems("440700", CITY, DISTRICT)).body("items.code", not(hasItem("440000")))
                .body("items.code", not(hasItem("440703")));
        given().when().get("/api/v1/areas?size=1000").then().statusCode(200).body("items.code", hasItem("440000"));
    }

    @Test
    void theComparisonRefusesBadParameters() {
        given().queryParam("period", "2023").when().get("/api/v1/indicators/no.such/areas").then().statusCode(404)
                .contentType("application/problem+json");
        Map<String, Map<String, String>> bad = Map.of(
                "period", Map.of(),
                "scope", Map.of("period", "2023", "scope", "municipal"),
                "measure", Map.of("period", "2023", "measure", "total"),
                "parent", Map.of("period", "2023", "parent", "449999"),
                "areas", Map.of("period", "2023", "areas", "44070"));
        bad.forEach((field, params) -> given().queryParams(params).when().get("/api/v1/indicators/gdp/areas").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo(field)));
        for (String period : List.of("2023-Q5", "2023-H3", "2024-13", "2024-04/2024-01", "2023-11/2024-02")) {
            given().queryParam("period", period).when().get("/api/v1/indicators/gdp/areas").then().statusCode(400)
                    .body("violations[0].field", equalTo("period"));
        }
        given().queryParam("period", "2023").when().get("/api/v1/indicators/budget.general.revenue/areas").then()
                .statusCode(400).body("violations[0].field", equalTo("scope"));
        given().when().get("/api/v1/areas?hasObservations=maybe").then().statusCode(400)
                .body("violations[0].field", equalTo("hasObservations"));
        given().when().get("/api/v1/areas?hasObservations=true").then().statusCode(200)
                .body("items.code", hasItem("440700")).body("items.code", not(hasItem("440000")))
                .body(containsString("440700"));
    }
}
