package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Units, categories and aliases as data; the bulletin measures; parts that add up only in units that do. */
@QuarkusTest
class OpenCatalogueTest {

    @Inject
    DataSource dataSource;

    @AfterEach
    void clear() {
        GeneratedData.execute(dataSource, "delete from observation where scope = 'district_level'");
        GeneratedData.clear(dataSource);
        GeneratedData.execute(dataSource, "delete from category where code like 'test_%'",
                "delete from audit_log where code like 'test%' or code like 'TEST_%' or actor = 'erin.editor'");
    }

    static ValidatableResponse put(String path, Map<String, ?> body, String ifMatch) {
        var request = given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(path).then();
    }

    static Map<String, Object> indicator(String category, String unit, String parent, Boolean additive, List<String> aliases) {
        Map<String, Object> body = new HashMap<>(Map.of("nameZh", "测试指标", "nameEn", "Test indicator", "category", category,
                "unit", unit, "scoped", false));
        if (parent != null) {
            body.put("parent", parent);
        }
        if (additive != null) {
            body.put("additive", additive);
        }
        if (aliases != null) {
            body.put("aliases", aliases);
        }
        return body;
    }

    static Map<String, Object> figure(String indicator, String measure, String value, String unit) {
        return new HashMap<>(Map.of("indicator", indicator, "area", "440703", "period", "2023", "measure", measure,
                "value", value, "unit", unit, "qualifier", "exact", "source", "jmdaily-2024-02-gdp", "quote", "测试" + value));
    }

    static ValidatableResponse post(Map<String, Object> figure) {
        return given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(figure)
                .when().post("/api/v1/observations").then();
    }

    @Test
    void shipsTheContractUnitsWithExactFactors() {
        given().queryParam("lang", "all").when().get("/api/v1/units").then().statusCode(200)
                .body("items.code", hasItems("CNY", "CNY_100M", "CNY_10K", "USD_100M", "PERSON", "PERSON_10K", "PERCENT",
                        "PER_MILLE", "PP"));
        given().when().get("/api/v1/units/PERSON_10K").then().statusCode(200).body("symbol", equalTo("万人"))
                .body("kind", equalTo("count")).body("baseUnit", equalTo("PERSON")).body("baseFactor", equalTo(10000))
                .body("currency", nullValue());
        given().queryParam("lang", "en").when().get("/api/v1/units/USD_100M").then().statusCode(200)
                .body("kind", equalTo("money")).body("currency", equalTo("USD")).body("symbol", equalTo("100 million US dollars"));
        given().when().get("/api/v1/units/PP").then().statusCode(200).body("kind", equalTo("percentage_point"))
                .body("baseFactor", nullValue());
        given().when().get("/api/v1/units/NOPE").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAdministratorAddsAUnitAndMayRelabelOneInUseButNotChangeItsFactor() {
        Map<String, Object> tonnes = Map.of("symbolZh", "万吨", "symbolEn", "10 thousand tonnes", "kind", "physical",
                "baseUnit", "TONNE", "baseFactor", 10000);
        String etag = put("/api/v1/units/TEST_TONNE_10K", tonnes, null).statusCode(201)
                .body("kind", equalTo("physical")).extract().header("ETag");
        put("/api/v1/units/TEST_TONNE_10K", Map.of("symbolZh", "万吨", "symbolEn", "10,000 tonnes", "kind", "physical",
                "baseUnit", "TONNE", "baseFactor", 10000), null).statusCode(428).contentType("application/problem+json");
        put("/api/v1/units/TEST_TONNE_10K", Map.of("symbolZh", "万吨", "symbolEn", "10,000 tonnes", "kind", "physical",
                "baseUnit", "TONNE", "baseFactor", 10000), etag).statusCode(200).body("symbol", equalTo("万吨"));

        put("/api/v1/units/TEST_TONNE_10K", Map.of("symbolZh", "万吨", "symbolEn", "10,000 tonnes", "kind", "physical",
                "baseUnit", "TONNE", "baseFactor", 10000), null).statusCode(200);
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(tonnes)
                .when().put("/api/v1/units/TEST_OTHER").then().statusCode(403);
        given().auth().oauth2(JwtTestResource.admin()).queryParam("resource", "unit").when().get("/api/v1/audit").then()
                .statusCode(200).body("items.findAll { it.code == 'TEST_TONNE_10K' }.action", contains("create", "update"));

        String cny = given().when().get("/api/v1/units/CNY_100M").then().statusCode(200).extract().header("ETag");
        put("/api/v1/units/CNY_100M", Map.of("symbolZh", "亿元", "symbolEn", "100 million yuan", "kind", "money",
                "baseUnit", "CNY", "baseFactor", 10000), cny).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CNY_100M"));
        given().when().get("/api/v1/units/CNY_100M").then().body("baseFactor", equalTo(100000000));
    }

    @Test
    void badUnitsAndUnknownUnitsAre400sNamingThem() {
        put("/api/v1/units/TEST_X", Map.of("symbolZh", "某", "symbolEn", "some", "kind", "weight"), null).statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        put("/api/v1/units/TEST_X", Map.of("symbolZh", "某", "symbolEn", "some", "kind", "money"), null).statusCode(400)
                .body("violations[0].field", equalTo("baseUnit"));
        put("/api/v1/indicators/test.cat.bad", indicator("gdp", "TEST_NOPE", null, null, null), null).statusCode(400)
                .body("violations[0].field", equalTo("unit")).body("violations[0].message", containsString("TEST_NOPE"));
        put("/api/v1/indicators/test.cat.whole", indicator("gdp", "CNY_100M", null, null, null), null).statusCode(201);
        post(figure("test.cat.whole", "actual", "1", "TEST_NOPE")).statusCode(400)
                .contentType("application/problem+json").body(containsString("TEST_NOPE"));
    }

    @Test
    void categoriesAreDataInDisplayOrderAndAnUnknownOneIsA400() {
        given().queryParam("lang", "en").when().get("/api/v1/categories").then().statusCode(200)
                .body("items.code", contains("gdp", "population", "employment", "agriculture", "industry", "energy",
                        "investment", "consumption", "foreign_trade", "prices", "budget", "debt", "finance", "income", "project"))
                .body("items[9].name", equalTo("Prices"));
        given().when().get("/api/v1/categories/prices").then().statusCode(200).body("name", equalTo("价格"))
                .body("displayOrder", equalTo(100));
        String etag = put("/api/v1/categories/test_tourism", Map.of("nameZh", "旅游", "nameEn", "Tourism", "displayOrder", 85),
                null).statusCode(201).extract().header("ETag");
        put("/api/v1/categories/test_tourism", Map.of("nameZh", "旅游业", "nameEn", "Tourism", "displayOrder", 85), null)
                .statusCode(428);
        put("/api/v1/categories/test_tourism", Map.of("nameZh", "旅游业", "nameEn", "Tourism", "displayOrder", 85), etag)
                .statusCode(200).body("name", equalTo("旅游业"));
        given().when().get("/api/v1/categories").then().body("items.code[8]", equalTo("test_tourism"));

        put("/api/v1/indicators/test.cat.bad", indicator("nope", "CNY_100M", null, null, null), null).statusCode(400)
                .body("violations[0].field", equalTo("category")).body("violations[0].message", containsString("nope"));
        given().queryParam("category", "nope").when().get("/api/v1/indicators").then().statusCode(400)
                .body("violations[0].field", equalTo("category"));
        put("/api/v1/indicators/test.cat.tourism", indicator("test_tourism", "CNY_100M", null, null, null), null).statusCode(201);
        given().queryParam("category", "test_tourism").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("test.cat.tourism"));
    }

    @Test
    void categoriesPageInDisplayOrderWithoutRepeatsOrGaps() {
        List<String> all = given().when().get("/api/v1/categories").then().extract().jsonPath().getList("items.code");
        List<String> paged = new ArrayList<>();
        String next = "/api/v1/categories?size=4";
        while (next != null) {
            var page = given().when().get(next).then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.code"));
            next = page.getString("page.next");
        }
        assertEquals(all, paged);
        assertEquals(15, paged.size());
        given().queryParam("cursor", "not-a-cursor").when().get("/api/v1/categories").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aliasesAreSetByThePutShownAndSearched() {
        given().queryParam("q", "社零").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("retail.total"));
        given().when().get("/api/v1/indicators/gdp").then().statusCode(200)
                .body("aliases", hasItem("GDP"));
        put("/api/v1/indicators/test.cat.population", indicator("population", "PERSON_10K", null, null,
                List.of("常住人口", "常駐人口", "resident population", "常住人口")), null).statusCode(201)
                .body("aliases", contains("resident population", "常住人口", "常駐人口"));
        given().queryParam("q", "Resident Pop").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("test.cat.population"));
        given().queryParam("q", "常駐").when().get("/api/v1/indicators").then().body("items.code", contains("test.cat.population"));
    }

    @Test
    void aPartMustAddUpWithItsWhole() {
        put("/api/v1/indicators/test.cat.per_capita", indicator("gdp", "CNY", "gdp", false, null), null).statusCode(400)
                .body("violations[0].field", equalTo("parent")).body("violations[0].message", containsString("not additive"));
        put("/api/v1/indicators/test.cat.rate", indicator("gdp", "PERCENT", "gdp", null, null), null).statusCode(400)
                .body("violations[0].field", equalTo("parent")).body("violations[0].message", containsString("does not add up"));
        put("/api/v1/indicators/test.cat.people", indicator("population", "PERSON_10K", "gdp", null, null), null).statusCode(400)
                .body("violations[0].message", containsString("does not add up"));
        put("/api/v1/indicators/test.cat.dollars", indicator("gdp", "USD_100M", "gdp", null, null), null).statusCode(400);
        put("/api/v1/indicators/test.cat.per_capita", indicator("gdp", "CNY", null, false, null), null).statusCode(201)
                .body("additive", equalTo(false));
        put("/api/v1/indicators/test.cat.part_of_per_capita", indicator("gdp", "CNY", "test.cat.per_capita", null, null), null)
                .statusCode(400).body("violations[0].message", containsString("cannot have parts"));
        given().when().get("/api/v1/indicators/gdp/children").then().statusCode(200).body("items", empty());
    }

    @Test
    void partsIn万元AddUpExactlyToAWholeIn亿元() {
        put("/api/v1/indicators/test.cat.whole", indicator("gdp", "CNY_100M", null, null, null), null).statusCode(201);
        put("/api/v1/indicators/test.cat.whole.a", indicator("gdp", "CNY_10K", "test.cat.whole", null, null), null).statusCode(201);
        put("/api/v1/indicators/test.cat.whole.b", indicator("gdp", "CNY_10K", "test.cat.whole", null, null), null).statusCode(201);
        post(figure("test.cat.whole", "actual", "1.5", "CNY_100M")).statusCode(201);
        post(figure("test.cat.whole.a", "actual", "12345.67", "CNY_10K")).statusCode(201);
        post(figure("test.cat.whole.b", "actual", "2654.33", "CNY_10K")).statusCode(201);
        given().queryParam("indicator", "test.cat.whole").when().get("/api/v1/compositions").then().statusCode(200)
                .body("items[0].unit", equalTo("CNY_100M")).body("items[0].partsSum", equalTo("1.500000"))
                .body("items[0].difference", equalTo("0.000000")).body("items[0].consistent", equalTo(true))
                .body("items[0].parts.valueInWholeUnit", contains("1.234567", "0.265433"))
                .body("items[0].parts.unit", contains("CNY_10K", "CNY_10K"));
        given().queryParam("area", "440703").when().get("/api/v1/indicators/test.cat.whole.a/derived").then().statusCode(200)
                .body("items.find { it.method == 'share_of_parent' }.valueText", equalTo("82.3"));
    }

    @Test
    void aLevelMayBePrintedInAnotherUnitOfItsQuantityAndKeepsItsDecimals() {
        put("/api/v1/indicators/test.cat.whole", indicator("gdp", "CNY_100M", null, null, null), null).statusCode(201);
        post(figure("test.cat.whole", "actual", "14000.50", "CNY_10K")).statusCode(201)
                .body("valueText", equalTo("14000.50")).body("valueBase", equalTo(140005000));
        Map<String, Object> people = figure("test.cat.whole", "planned", "10", "PERSON_10K");
        post(people).statusCode(400).body(containsString("CNY_100M"));
    }

    @Test
    void bulletinMeasuresFallsAreNegativeAndUnitsFitTheMeasure() {
        put("/api/v1/indicators/test.cat.whole", indicator("gdp", "CNY_100M", null, null, null), null).statusCode(201);
        post(figure("test.cat.whole", "yoy_growth", "-1.1", "PERCENT")).statusCode(201).body("valueText", equalTo("-1.1"));
        post(figure("test.cat.whole", "pp_change", "-0.6", "PP")).statusCode(201).body("measure", equalTo("pp_change"));
        post(figure("test.cat.whole", "schedule_gap", "2.3", "PP")).statusCode(201);
        post(figure("test.cat.whole", "budget_progress", "36.7", "PERCENT")).statusCode(201);
        post(figure("test.cat.whole", "share", "7.1", "PER_MILLE")).statusCode(400)
                .body(containsString("percent"));
        Map<String, Object> ppInPercent = figure("test.cat.whole", "pp_change", "1.0", "PERCENT");
        ppInPercent.put("period", "2022");
        post(ppInPercent).statusCode(400).body(containsString("percentage_point"));
        post(figure("test.cat.whole", "actual", "-5", "CNY_100M")).statusCode(400).body(containsString("cannot be negative"));
        given().queryParam("indicator", "test.cat.whole").queryParam("measure", "pp_change,schedule_gap")
                .when().get("/api/v1/observations").then().statusCode(200)
                .body("items.valueText", contains("-0.6", "2.3")).body("items.unit", not(hasItem("PERCENT")));
    }

    @Test
    void aDistrictLevelBudgetFigureIsItsOwnScope() {
        given().when().get("/api/v1/indicators/budget.general.revenue").then().statusCode(200).body("scoped", equalTo(true));
        Map<String, Object> district = figure("budget.general.revenue", "actual", "1.23", "CNY_100M");
        district.put("scope", "district_level");
        district.put("period", "2019");
        post(district).statusCode(201).body("scope", equalTo("district_level"));
    }
}
