package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DerivedAndCompositionTest {

    @Test
    void executionRateIsActualOverAdjustedBudgetAndMarkedDerived() {
        given().queryParam("area", "440700").queryParam("scope", "consolidated")
                .when().get("/api/v1/indicators/budget.general.expenditure/derived").then().statusCode(200)
                .body("items.method", contains("execution_rate"))
                .body("items[0].valueText", equalTo("99.9"))
                .body("items[0].unit", equalTo("PERCENT"))
                .body("items[0].derived", equalTo(true))
                .body("items[0].inputs.valueText", contains("454.51", "455.08"));
    }

    @Test
    void shareOfTheParentAgreesWithThePublishedShare() {
        given().queryParam("area", "440700").queryParam("scope", "consolidated")
                .when().get("/api/v1/indicators/budget.general.expenditure.livelihood/derived").then().statusCode(200)
                .body("items.method", contains("share_of_parent"))
                .body("items[0].valueText", equalTo("76.4"));
        given().queryParam("area", "440700").when().get("/api/v1/indicators/retail.goods/derived").then().statusCode(200)
                .body("items.valueText", contains("90.0"));
    }

    @Test
    void derivedValuesNeedTheSameParametersAsASeries() {
        given().queryParam("area", "440700").when().get("/api/v1/indicators/budget.general.expenditure/derived").then()
                .statusCode(400).body("violations[0].field", equalTo("scope"));
        given().queryParam("area", "440700").when().get("/api/v1/indicators/nope/derived").then().statusCode(404);
    }

    @Test
    void retailPartsAddUpExactlyWhileTheBayAreaAllocationNamesOnlySomeParts() {
        List<Map<String, Object>> checks = given().queryParam("indicator", "retail.total,budget.priority.gba")
                .when().get("/api/v1/compositions").then().statusCode(200).body("total", equalTo(2))
                .extract().jsonPath().getList("items");
        Map<String, Object> gba = checks.get(0);
        Map<String, Object> retail = checks.get(1);
        assertEquals("retail.total", retail.get("indicator"));
        assertEquals("1347.90", retail.get("partsSum"));
        assertEquals("0.00", retail.get("difference"));
        assertEquals(true, retail.get("consistent"));
        assertEquals("budget.priority.gba", gba.get("indicator"));
        assertEquals("4.92", gba.get("partsSum"));
        assertEquals("0.30", gba.get("difference"));
        assertEquals(false, gba.get("consistent"));
    }

    @Test
    void compositionsOnlyForLevels() {
        given().queryParam("measure", "yoy_growth").when().get("/api/v1/compositions").then().statusCode(400)
                .body("violations[0].field", equalTo("measure"));
        given().queryParam("area", "440700").when().get("/api/v1/compositions").then().statusCode(200)
                .body("items.measure", everyItem(org.hamcrest.Matchers.oneOf("actual", "planned", "adjusted_budget")));
    }
}
