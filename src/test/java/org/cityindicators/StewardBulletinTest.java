package org.cityindicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A steward's day, through the API only: a unit, a category, indicators with aliases, a city, a district and a source,
 * then a made-up bulletin (万人, 元, ‰, 万吨, percentage points, falls, 1–4月 cumulative, quarters, a half-year, the
 * district level) read back as JSON, CSV, JSON-stat, the data package, series, compositions, derived values and the
 * comparison; and the steward's mistakes refused, naming what is wrong.
 */
@QuarkusTest
class StewardBulletinTest {

    static final String CITY = "449910";
    static final String DISTRICT = "449911";

    @Inject
    DataSource dataSource;

    @AfterEach
    void clear() {
        GeneratedData.execute(dataSource, "delete from observation where area_code in ('" + CITY + "', '" + DISTRICT + "')");
        GeneratedData.clear(dataSource);
        GeneratedData.execute(dataSource, "delete from category where code = 'test_culture_tourism'",
                "delete from area where code = '" + DISTRICT + "'", "delete from area where code = '" + CITY + "'",
                "delete from source where code = 'test-bulletin'",
                "delete from audit_log where actor in ('erin.editor', 'ada.admin')");
    }

    static ValidatableResponse put(String path, Map<String, ?> body) {
        return given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").body(body).when().put(path).then();
    }

    static void indicator(String code, String nameZh, String category, String unit, String parent, boolean additive,
                          List<String> aliases) {
        Map<String, Object> body = new HashMap<>(Map.of("nameZh", nameZh, "nameEn", code, "category", category,
                "unit", unit, "scoped", false, "additive", additive, "aliases", aliases));
        if (parent != null) {
            body.put("parent", parent);
        }
        put("/api/v1/indicators/" + code, body).statusCode(201);
    }

    /** The catalogue entries the city needs and the service lacks, then the areas, the source and the import. */
    static void loadBulletin() throws IOException {
        put("/api/v1/units/TEST_TONNE_10K", Map.of("symbolZh", "万吨", "symbolEn", "10 thousand tonnes", "kind", "physical",
                "baseUnit", "TONNE", "baseFactor", 10000)).statusCode(201);
        put("/api/v1/categories/test_culture_tourism", Map.of("nameZh", "文化和旅游", "nameEn", "Culture and tourism",
                "displayOrder", 145)).statusCode(201);
        indicator("test.bulletin.per_capita_gdp", "人均地区生产总值", "gdp", "CNY", null, false, List.of("人均GDP"));
        indicator("test.bulletin.population", "常住人口", "population", "PERSON_10K", null, true,
                List.of("年末常住人口", "resident population"));
        indicator("test.bulletin.birth_rate", "人口出生率", "population", "PER_MILLE", null, false, List.of());
        indicator("test.bulletin.urbanisation", "常住人口城镇化率", "population", "PERCENT", null, false, List.of("城镇化率"));
        indicator("test.bulletin.grain", "粮食产量", "agriculture", "TEST_TONNE_10K", null, true, List.of("糧食產量"));
        indicator("test.bulletin.tourism", "旅游总收入", "test_culture_tourism", "CNY_100M", null, true, List.of());
        indicator("test.bulletin.tourism.domestic", "国内旅游收入", "test_culture_tourism", "CNY_100M", "test.bulletin.tourism",
                true, List.of());
        indicator("test.bulletin.tourism.inbound", "入境旅游收入", "test_culture_tourism", "CNY_10K", "test.bulletin.tourism",
                true, List.of());
        put("/api/v1/areas/" + CITY, Map.of("nameZh", "测试市", "nameEn", "Test City", "level", "prefecture", "parent", "440000"))
                .statusCode(201);
        put("/api/v1/areas/" + DISTRICT, Map.of("nameZh", "甲区", "nameEn", "Jia District", "level", "district", "parent", CITY))
                .statusCode(201);
        put("/api/v1/sources/test-bulletin", Map.of("title", "测试市统计公报（测试用，虚构）", "publisher", "测试市统计局",
                "published", "2024-05", "licence", "made up for tests")).statusCode(201);
        Imports.csv(PeriodsTest.testFile("steward/bulletin.csv")).statusCode(200).body("inserted", equalTo(20));
    }

    private static ValidatableResponse figures(String indicator, Object... params) {
        var request = given().queryParam("area", CITY).queryParam("indicator", indicator);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam((String) params[i], params[i + 1]);
        }
        return request.when().get("/api/v1/observations").then().statusCode(200);
    }

    @Test
    void aBulletinImportedThroughTheApiReadsBackAsJsonCsvJsonStatAndThePackage() throws IOException {
        loadBulletin();
        figures("test.bulletin.population").body("items[0].valueText", equalTo("458.53")).body("items[0].unit", equalTo("PERSON_10K"))
                .body("items[0].valueBase", equalTo(4585300)).body("items[0].baseUnit", equalTo("PERSON"));
        figures("test.bulletin.per_capita_gdp").body("items[0].valueText", equalTo("65432")).body("items[0].unit", equalTo("CNY"));
        figures("test.bulletin.birth_rate").body("items[0].valueText", equalTo("6.21")).body("items[0].unit", equalTo("PER_MILLE"));
        figures("test.bulletin.grain").body("items[0].valueText", equalTo("123.45")).body("items[0].valueBase", equalTo(1234500))
                .body("items[0].baseUnit", equalTo("TONNE"));
        figures("test.bulletin.urbanisation").body("items.measure", contains("actual", "pp_change"))
                .body("items.valueText", contains("72.3", "0.6")).body("items.unit", contains("PERCENT", "PP"));
        figures("budget.general.revenue").body("items.period", contains("2023-01/2023-04", "2024-01/2024-04", "2024-01/2024-04",
                        "2024-01/2024-04"))
                .body("items.scope", contains("consolidated", "consolidated", "consolidated", "district_level"))
                .body("items.measure", contains("actual", "actual", "yoy_growth", "actual"))
                .body("items.frequency", contains("year_to_date", "year_to_date", "year_to_date", "year_to_date"))
                .body("items.valueText", contains("50.00", "60.00", "20.0", "123456.78"))
                .body("items.unit", contains("CNY_100M", "CNY_100M", "PERCENT", "CNY_10K"));
        figures("retail.total").body("items.measure", contains("actual", "actual", "actual", "yoy_growth"))
                .body("items.period", contains("2023-H1", "2023-Q1", "2024-Q1", "2023-H1"))
                .body("items.frequency", contains("half_year", "quarter", "quarter", "half_year"))
                .body("items.valueText", contains("590.00", "280.00", "300.00", "-2.5"));
        figures("gdp").body("items.measure", contains("actual", "yoy_growth")).body("items.valueText", contains("3210.50", "-0.8"))
                .body("items.qualifier", contains("exact", "exact"));

        String csv = given().queryParam("area", CITY).queryParam("format", "csv").queryParam("bom", "false")
                .when().get("/api/v1/observations").then().statusCode(200).extract().asString();
        for (String row : List.of("budget.general.revenue,449910,,consolidated,2024-01/2024-04,yoy_growth,20.0,PERCENT,exact,",
                "budget.general.revenue,449910,,district_level,2024-01/2024-04,actual,123456.78,CNY_10K,exact,",
                "gdp,449910,,,2023,yoy_growth,-0.8,PERCENT,exact,", "test.bulletin.birth_rate,449910,,,2023,actual,6.21,PER_MILLE,exact,",
                "test.bulletin.urbanisation,449910,,,2023,pp_change,0.6,PP,exact,", "retail.total,449910,,,2023-H1,yoy_growth,-2.5,PERCENT,")) {
            assertTrue(csv.contains(row), row + " in\n" + csv);
        }
        given().queryParam("area", CITY).queryParam("indicator", "retail.total").queryParam("format", "jsonstat")
                .queryParam("lang", "en").when().get("/api/v1/observations").then().statusCode(200)
                .body("role.time", contains("period"))
                .body("dimension.period.category.index", equalTo(Map.of("2023-Q1", 0, "2023-H1", 1, "2024-Q1", 2)))
                .body("dimension.period.category.label", equalTo(Map.of("2023-Q1", "Q1 2023", "2023-H1", "H1 2023",
                        "2024-Q1", "Q1 2024")));
        given().queryParam("area", CITY).queryParam("indicator", "test.bulletin.urbanisation").queryParam("format", "jsonstat")
                .when().get("/api/v1/observations").then().statusCode(200)
                .body("dimension.metric.category.index.'test.bulletin.urbanisation:pp_change'", not(equalTo(null)))
                .body("dimension.metric.category.unit.'test.bulletin.urbanisation:pp_change'.label", equalTo("个百分点"));

        Map<String, String> files = DownloadTest.unzip(given().when().get("/api/v1/download").then().statusCode(200)
                .extract().asByteArray());
        assertTrue(files.get("observations.csv").contains(
                "budget.general.revenue,449910,,consolidated,2024-01/2024-04,actual,60.00,CNY_100M,exact,"), "cumulative figure");
        assertTrue(files.get("areas.csv").contains("449911,甲区,Jia District,district,449910"), files.get("areas.csv"));
        assertTrue(files.get("units.csv").contains("TEST_TONNE_10K,万吨,10 thousand tonnes,physical,TONNE,10000"),
                files.get("units.csv"));
        assertTrue(files.get("categories.csv").contains("test_culture_tourism,文化和旅游,Culture and tourism,145"),
                files.get("categories.csv"));
        assertTrue(files.get("indicators.csv").contains("test.bulletin.population,常住人口,test.bulletin.population,,,population,"
                + "PERSON_10K,false,true,,resident population|年末常住人口\r\n"), files.get("indicators.csv"));
        JsonNode period = new ObjectMapper().readTree(files.get("datapackage.json")).at("/resources/0/schema/fields")
                .findParents("name").stream().filter(f -> f.get("name").asText().equals("period")).findFirst().orElseThrow();
        String pattern = period.at("/constraints/pattern").asText();
        for (String text : List.of("2023", "2023-H1", "2023-Q4", "2023-12", "2024-01/2024-04")) {
            assertTrue(text.matches(pattern), text + " fits the described pattern " + pattern);
        }
        for (String text : List.of("2023-Q5", "2023-H3", "2024-13", "2024-1")) {
            assertTrue(!text.matches(pattern), text + " does not fit " + pattern);
        }
    }

    @Test
    void theCatalogueFindsTheNewEntriesAndSeriesCompositionsAndDerivedValuesUseThem() throws IOException {
        loadBulletin();
        given().queryParam("q", "人均gdp").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("test.bulletin.per_capita_gdp"));
        given().queryParam("q", "糧食").when().get("/api/v1/indicators").then().body("items.code", contains("test.bulletin.grain"));
        given().queryParam("category", "test_culture_tourism").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("test.bulletin.tourism", "test.bulletin.tourism.domestic", "test.bulletin.tourism.inbound"));
        given().queryParam("lang", "en").when().get("/api/v1/categories").then().statusCode(200)
                .body("items.code[13]", equalTo("income")).body("items.code[14]", equalTo("test_culture_tourism"))
                .body("items[14].name", equalTo("Culture and tourism"));

        given().queryParam("area", CITY).queryParam("scope", "consolidated").queryParam("frequency", "year_to_date")
                .when().get("/api/v1/indicators/budget.general.revenue/series").then().statusCode(200)
                .body("frequency", equalTo("year_to_date")).body("points.period", contains("2023-01/2023-04", "2024-01/2024-04"))
                .body("points.valueText", contains("50.00", "60.00"));
        given().queryParam("area", CITY).queryParam("frequency", "quarter").when().get("/api/v1/indicators/retail.total/series")
                .then().statusCode(200).body("points.period", contains("2023-Q1", "2024-Q1"));

        given().queryParam("area", CITY).queryParam("indicator", "test.bulletin.tourism").when().get("/api/v1/compositions")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].unit", equalTo("CNY_100M"))
                .body("items[0].valueText", equalTo("120.50")).body("items[0].partsFound", equalTo(2))
                .body("items[0].parts.unit", contains("CNY_100M", "CNY_10K"))
                .body("items[0].parts.valueInWholeUnit", contains("118.20", "2.3"))
                .body("items[0].partsSum", equalTo("120.50")).body("items[0].difference", equalTo("0.00"))
                .body("items[0].consistent", equalTo(true));

        given().queryParam("area", CITY).queryParam("scope", "consolidated").queryParam("frequency", "year_to_date")
                .when().get("/api/v1/indicators/budget.general.revenue/derived").then().statusCode(200)
                .body("items.method", contains("yoy_growth")).body("items[0].period", equalTo("2024-01/2024-04"))
                .body("items[0].valueText", equalTo("20.0")).body("items[0].derived", equalTo(true))
                .body("items[0].inputs.period", contains("2023-01/2023-04", "2024-01/2024-04"));
        given().queryParam("area", CITY).queryParam("frequency", "quarter").when().get("/api/v1/indicators/retail.total/derived")
                .then().statusCode(200).body("items.method", contains("yoy_growth")).body("items[0].valueText", equalTo("7.1"));
        given().queryParam("area", CITY).when().get("/api/v1/indicators/test.bulletin.tourism.inbound/derived").then()
                .statusCode(200).body("items.find { it.method == 'share_of_parent' }.valueText", equalTo("1.9"));
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
                .body("items.area", contains(CITY)).body("items[0].valueText", equalTo("60.00"));
        given().queryParam("period", "2024-01/2024-04").queryParam("scope", "district_level")
                .when().get("/api/v1/indicators/budget.general.revenue/areas").then().statusCode(200)
                .body("items.area", contains(CITY)).body("items[0].valueText", equalTo("123456.78"))
                .body("items[0].unit", equalTo("CNY_10K"));
        given().queryParam("period", "2024-01/2024-03").queryParam("scope", "consolidated")
                .when().get("/api/v1/indicators/budget.general.revenue/areas").then().statusCode(200).body("items", hasSize(0));

        given().when().get("/api/v1/areas?hasObservations=true&size=1000").then().statusCode(200)
                .body("items.code", hasItems("440700", CITY, DISTRICT)).body("items.code", not(hasItem("440000")))
                .body("items.code", not(hasItem("440703")));
        given().when().get("/api/v1/areas?size=1000").then().statusCode(200).body("items.code", hasItem("440000"));
    }

    @Test
    void theStewardsMistakesAreRefusedNamingWhatIsWrong() throws IOException {
        loadBulletin();
        put("/api/v1/indicators/test.bulletin.bad", Map.of("nameZh", "坏", "nameEn", "Bad", "category", "tourism",
                "unit", "CNY_100M", "scoped", false)).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("category")).body("violations[0].message", containsString("'tourism'"));
        put("/api/v1/indicators/test.bulletin.bad", Map.of("nameZh", "坏", "nameEn", "Bad", "category", "agriculture",
                "unit", "TONNE_10K", "scoped", false)).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("unit")).body("violations[0].message", containsString("'TONNE_10K'"));
        String header = "indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote\n";
        Imports.csv(header + "test.bulletin.grain,449910,,,2022,actual,120.00,TONNE_10K,exact,test-bulletin,x\n"
                        + "test.bulletin.grain,449910,,,2023-11/2024-02,actual,1.00,TEST_TONNE_10K,exact,test-bulletin,x\n")
                .statusCode(422).contentType("application/problem+json")
                .body("errors.line", contains(2, 3)).body("errors.column", contains("unit", "period"))
                .body("errors[0].message", containsString("'TONNE_10K'")).body("errors[1].message", containsString("crosses a year"));
        figures("test.bulletin.grain").body("items.period", contains("2023"));

        String etag = given().when().get("/api/v1/units/TEST_TONNE_10K").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("symbolZh", "万吨", "symbolEn", "10 thousand tonnes", "kind", "physical", "baseUnit", "TONNE",
                        "baseFactor", 1000)).when().put("/api/v1/units/TEST_TONNE_10K").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("TEST_TONNE_10K"));
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("symbolZh", "万吨", "symbolEn", "10,000 tonnes", "kind", "physical", "baseUnit", "TONNE",
                        "baseFactor", 10000)).when().put("/api/v1/units/TEST_TONNE_10K").then().statusCode(200);
        figures("test.bulletin.grain").body("items[0].valueBase", equalTo(1234500));

        for (String path : List.of("/api/v1/indicators/budget.general.revenue/derived", "/api/v1/compositions")) {
            for (String text : List.of("2024-1/2024-04", "2024-04/2024-01", "2023-11/2024-02")) {
                given().queryParam("area", CITY).queryParam("scope", "consolidated").queryParam("from", text)
                        .when().get(path).then().statusCode(400).contentType("application/problem+json")
                        .body("violations[0].field", equalTo("from"));
            }
        }
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
    }
}
