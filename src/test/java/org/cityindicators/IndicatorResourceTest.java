package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IndicatorResourceTest {

    @Test
    void listsTheCatalogueByCategory() {
        given().queryParam("category", "consumption").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("consumption.tourist_hotel.revenue", "retail.catering", "retail.goods", "retail.total"))
                .body("items.category", everyItem(equalTo("consumption")))
                .body("total", equalTo(4));
        given().when().get("/api/v1/indicators").then().statusCode(200).body("total", greaterThanOrEqualTo(30));
        given().queryParam("size", 2).queryParam("category", "consumption").when().get("/api/v1/indicators").then()
                .statusCode(200).body("items.code", contains("consumption.tourist_hotel.revenue", "retail.catering"))
                .body("page.next", org.hamcrest.Matchers.startsWith("/api/v1/indicators?"));
    }

    @Test
    void searchesChineseAndEnglishNames() {
        given().queryParam("q", "零售").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", containsInAnyOrder("retail.total", "retail.goods"));
        given().queryParam("q", "RETAIL SALES").when().get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", containsInAnyOrder("retail.total", "retail.goods"));
        given().queryParam("q", "100%").when().get("/api/v1/indicators").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void getsOneIndicatorWithItsUnitInTheChosenLanguage() {
        given().queryParam("lang", "en").when().get("/api/v1/indicators/retail.goods").then().statusCode(200)
                .body("code", equalTo("retail.goods"))
                .body("name", equalTo("Retail sales of goods"))
                .body("names", nullValue())
                .body("parent", equalTo("retail.total"))
                .body("scoped", equalTo(false))
                .body("unit.code", equalTo("CNY_100M"))
                .body("unit.symbol", equalTo("100 million yuan"))
                .body("unit.baseUnit", equalTo("CNY"))
                .body("unit.baseFactor", equalTo(100000000));
        given().when().get("/api/v1/indicators/budget.general.revenue").then().statusCode(200)
                .body("scoped", equalTo(true)).body("parent", nullValue());
    }

    @Test
    void returns404ProblemForUnknownIndicator() {
        given().when().get("/api/v1/indicators/gdp.nominal").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No indicator with code 'gdp.nominal'"))
                .body("instance", equalTo("/api/v1/indicators/gdp.nominal"));
    }

    @Test
    void childrenAreTheParts() {
        given().when().get("/api/v1/indicators/retail.total/children").then().statusCode(200)
                .body("items.code", contains("retail.catering", "retail.goods"));
        given().when().get("/api/v1/indicators/budget.priority.gba/children").then().statusCode(200)
                .body("items.code", contains("budget.priority.gba.infrastructure", "budget.priority.gba.soft_connectivity"));
        given().when().get("/api/v1/indicators/budget.general.total_expenditure/children").then().statusCode(200)
                .body("items.code", hasItems("budget.general.expenditure", "budget.general.remittance",
                        "budget.general.transfer_to_lower", "budget.general.refinancing_onlending"));
        given().when().get("/api/v1/indicators/nope/children").then().statusCode(404);
    }

    @Test
    void seriesOfGdpForJiangmen() {
        given().queryParam("area", "440700").when().get("/api/v1/indicators/gdp/series").then().statusCode(200)
                .body("indicator", equalTo("gdp"))
                .body("measure", equalTo("actual"))
                .body("frequency", equalTo("year"))
                .body("unit", equalTo("CNY_100M"))
                .body("points", hasSize(1))
                .body("points[0].period", equalTo("2023"))
                .body("points[0].valueText", equalTo("4000"))
                .body("points[0].qualifier", equalTo("more_than"));
    }

    @Test
    void seriesOfABudgetIndicatorNeedsItsScope() {
        given().queryParam("area", "440700").when().get("/api/v1/indicators/budget.general.revenue/series").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("scope"))
                .body("detail", containsString("consolidated"));
        given().queryParam("area", "440700").queryParam("scope", "consolidated").queryParam("measure", "yoy_growth")
                .when().get("/api/v1/indicators/budget.general.revenue/series").then().statusCode(200)
                .body("scope", equalTo("consolidated"))
                .body("unit", equalTo("PERCENT"))
                .body("points.valueText", contains("5.4"));
        given().queryParam("area", "440700").queryParam("scope", "municipal")
                .when().get("/api/v1/indicators/gdp/series").then().statusCode(400)
                .body("violations[0].field", equalTo("scope"));
    }

    @Test
    void seriesNeedsExactlyOneOfAreaAndProject() {
        given().when().get("/api/v1/indicators/gdp/series").then().statusCode(400)
                .body("violations[0].field", equalTo("area"));
        given().queryParam("project", "zxcxh-phase1").when().get("/api/v1/indicators/project.local_output/series")
                .then().statusCode(200).body("project", equalTo("zxcxh-phase1")).body("points[0].valueText", equalTo("20"));
    }

    @Test
    void monthlySeriesOfHotelRevenueGrowth() {
        given().queryParam("area", "440700").queryParam("measure", "yoy_growth").queryParam("frequency", "month")
                .when().get("/api/v1/indicators/consumption.tourist_hotel.revenue/series").then().statusCode(200)
                .body("points.period", contains("2023-12")).body("points.valueText", contains("58.1"));
    }
}
