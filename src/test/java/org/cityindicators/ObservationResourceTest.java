package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.cityindicators.Figures.one;
import static org.cityindicators.Figures.query;
import static org.cityindicators.Figures.value;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ObservationResourceTest {

    static final String BUDGET = "jmdaily-2024-02-budget-report";
    static final String GDP = "jmdaily-2024-02-gdp";

    @Test
    void allFortySevenPublishedFiguresAreServed() {
        given().when().get("/api/v1/observations").then().statusCode(200)
                .body("total", equalTo(47))
                .body("items", hasSize(47))
                .body("page.size", equalTo(100))
                .body("page.next", nullValue())
                .body("items.source", everyItem(not(nullValue())))
                .body("items.quote", everyItem(not(nullValue())));
    }

    @Test
    void gdpIsMoreThan4000NotEqualTo4000() {
        var gdp = one(Map.of("indicator", "gdp"));
        assertFigure(gdp, "4000", "CNY_100M", null, "actual", "more_than");
        assertEquals("400000000000", gdp.get("valueBase").toString());
        assertEquals("2023年GDP突破4000亿元", gdp.get("quote"));
        assertEquals(GDP, gdp.get("source"));
    }

    @Test
    void consolidatedAndMunicipalTotalExpenditureAreNeverMixed() {
        assertFigure(one(Map.of("indicator", "budget.general.total_expenditure", "scope", "consolidated")),
                "535.81", "CNY_100M", "consolidated", "planned", "exact");
        assertFigure(one(Map.of("indicator", "budget.general.total_expenditure", "scope", "municipal")),
                "132.97", "CNY_100M", "municipal", "planned", "exact");
        assertEquals(2, query(Map.of("indicator", "budget.general.total_expenditure")).size());
    }

    @Test
    void budgetRevenueHasActualGrowthAndPlanInBothScopes() {
        assertFigure(one(Map.of("indicator", "budget.general.revenue", "scope", "consolidated", "measure", "actual")),
                "277.09", "CNY_100M", "consolidated", "actual", "exact");
        assertFigure(one(Map.of("indicator", "budget.general.revenue", "scope", "consolidated", "measure", "yoy_growth")),
                "5.4", "PERCENT", "consolidated", "yoy_growth", "exact");
        assertFigure(one(Map.of("indicator", "budget.general.revenue", "scope", "consolidated", "measure", "planned_growth")),
                "3.0", "PERCENT", "consolidated", "planned_growth", "exact");
        assertFigure(one(Map.of("indicator", "budget.general.revenue", "scope", "municipal", "measure", "planned")),
                "54.69", "CNY_100M", "municipal", "planned", "exact");
    }

    @Test
    void expenditureExecutionIsActualOverAdjustedBudget() {
        var common = Map.of("indicator", "budget.general.expenditure", "scope", "consolidated", "from", "2023", "to", "2023");
        var actual = one(with(common, "measure", "actual"));
        var adjusted = one(with(common, "measure", "adjusted_budget"));
        var rate = one(with(common, "measure", "execution_rate"));
        assertFigure(actual, "454.51", "CNY_100M", "consolidated", "actual", "exact");
        assertFigure(adjusted, "455.08", "CNY_100M", "consolidated", "adjusted_budget", "exact");
        assertFigure(rate, "99.9", "PERCENT", "consolidated", "execution_rate", "exact");
        BigDecimal computed = value(actual).multiply(BigDecimal.valueOf(100))
                .divide(value(adjusted), 1, java.math.RoundingMode.HALF_UP);
        assertEquals(value(rate), computed);
    }

    @Test
    void livelihoodSpendingAndBondFigures() {
        assertFigure(one(Map.of("indicator", "budget.general.expenditure.livelihood", "measure", "share")),
                "76.4", "PERCENT", "consolidated", "share", "exact");
        assertFigure(one(Map.of("indicator", "debt.new_bond_quota")), "190.4", "CNY_100M", "consolidated", "actual", "exact");
        assertFigure(one(Map.of("indicator", "debt.new_bond_quota.industrial_parks")),
                "60", "PERCENT", "consolidated", "share", "nearly");
    }

    @Test
    void priorityAllocationsOfTheMunicipalBudgetKeepTheirQualifiers() {
        var figures = query(Map.of("indicator", String.join(",", "budget.priority.gba", "budget.priority.gba.infrastructure",
                "budget.priority.gba.soft_connectivity", "budget.priority.rural", "budget.priority.manufacturing",
                "budget.priority.education_science_talent", "budget.priority.green", "budget.priority.livelihood",
                "budget.priority.governance", "budget.reserve")));
        assertEquals(10, figures.size());
        figures.forEach(f -> {
            assertEquals("municipal", f.get("scope"));
            assertEquals("planned", f.get("measure"));
            assertEquals("2024", f.get("period"));
        });
        assertFigure(one(Map.of("indicator", "budget.priority.livelihood")), "13", "CNY_100M", "municipal", "planned", "more_than");
        assertFigure(one(Map.of("indicator", "budget.priority.governance")), "1", "CNY_100M", "municipal", "planned", "about");
        assertFigure(one(Map.of("indicator", "budget.priority.green")), "1.5", "CNY_100M", "municipal", "planned", "exact");
    }

    @Test
    void greaterBayAreaAllocationIncludesItsTwoParts() {
        BigDecimal whole = value(one(Map.of("indicator", "budget.priority.gba")));
        BigDecimal parts = value(one(Map.of("indicator", "budget.priority.gba.infrastructure")))
                .add(value(one(Map.of("indicator", "budget.priority.gba.soft_connectivity"))));
        assertEquals(new BigDecimal("5.22"), whole);
        assertEquals(new BigDecimal("4.92"), parts);
        assertEquals(1, whole.compareTo(parts), "the parts named are included in, not equal to, the whole");
    }

    @Test
    void retailGoodsPlusCateringEqualTotal() {
        var total = one(Map.of("indicator", "retail.total", "measure", "actual"));
        var goods = one(Map.of("indicator", "retail.goods", "measure", "actual"));
        var catering = one(Map.of("indicator", "retail.catering", "measure", "actual"));
        assertFigure(total, "1347.90", "CNY_100M", null, "actual", "exact");
        assertFigure(goods, "1213.11", "CNY_100M", null, "actual", "exact");
        assertFigure(catering, "134.79", "CNY_100M", null, "actual", "exact");
        assertEquals(value(total), value(goods).add(value(catering)));
        assertEquals("134790000000", total.get("valueBase").toString());
        assertEquals("餐饮收入134.79亿元", catering.get("quote"));
    }

    @Test
    void retailGrowthRatesAreInPercentagePoints() {
        assertFigure(one(Map.of("indicator", "retail.total", "measure", "yoy_growth")), "2.8", "PERCENT", null, "yoy_growth", "exact");
        assertFigure(one(Map.of("indicator", "retail.goods", "measure", "yoy_growth")), "1.7", "PERCENT", null, "yoy_growth", "exact");
        assertFigure(one(Map.of("indicator", "retail.catering", "measure", "yoy_growth")), "15.7", "PERCENT", null, "yoy_growth", "exact");
    }

    @Test
    void hotelRevenueGrowthForTheYearAndForDecember() {
        var year = one(Map.of("indicator", "consumption.tourist_hotel.revenue", "frequency", "year"));
        var december = one(Map.of("indicator", "consumption.tourist_hotel.revenue", "frequency", "month"));
        assertFigure(year, "10.6", "PERCENT", null, "yoy_growth", "exact");
        assertFigure(december, "58.1", "PERCENT", null, "yoy_growth", "exact");
        assertEquals("2023-12", december.get("period"));
    }

    @Test
    void industryChainsAndInvestment() {
        assertFigure(one(Map.of("indicator", "industry.key_chains.value_added", "measure", "actual")),
                "1134.86", "CNY_100M", null, "actual", "exact");
        assertFigure(one(Map.of("indicator", "industry.key_chains.value_added", "measure", "share")),
                "78.0", "PERCENT", null, "share", "exact");
        assertFigure(one(Map.of("indicator", "industry.chain.shipbuilding_marine.value_added")),
                "39.7", "PERCENT", null, "yoy_growth", "exact");
        assertFigure(one(Map.of("indicator", "industry.chain.silicon_energy.value_added")),
                "32.4", "PERCENT", null, "yoy_growth", "exact");
        assertFigure(one(Map.of("indicator", "investment.industrial", "measure", "actual")),
                "1000", "CNY_100M", null, "actual", "more_than");
        assertFigure(one(Map.of("indicator", "investment.industrial", "measure", "yoy_growth")),
                "18.3", "PERCENT", null, "yoy_growth", "exact");
    }

    @Test
    void projectFiguresBelongToTheProjectNotTheCity() {
        var figures = query(Map.of("project", "zxcxh-phase1"));
        assertEquals(2, figures.size());
        figures.forEach(f -> assertEquals(null, f.get("area")));
        assertFigure(one(Map.of("indicator", "project.total_investment")), "200", "CNY_100M", null, "planned", "exact");
        assertFigure(one(Map.of("indicator", "project.local_output")), "20", "CNY_100M", null, "actual", "more_than");
        assertEquals(0, query(Map.of("area", "440700", "indicator", "project.local_output")).size());
    }

    @Test
    void pagesFollowNextLinksWithoutRepeatingOrSkipping() {
        Set<String> seen = new HashSet<>();
        String next = "/api/v1/observations?size=10";
        int pages = 0;
        while (next != null) {
            var page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).body("page.size", equalTo(10))
                    .body("total", equalTo(47)).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.forEach(f -> assertTrue(seen.add(f.get("indicator") + "|" + f.get("scope") + "|" + f.get("measure") + "|"
                    + f.get("period") + "|" + f.get("project"))));
            next = page.getString("page.next");
            pages++;
        }
        assertEquals(5, pages);
        assertEquals(47, seen.size());
    }

    @Test
    void lastNKeepsTheNewestPeriodsOfEachSeries() {
        given().queryParam("indicator", "consumption.tourist_hotel.revenue").queryParam("lastN", 1)
                .when().get("/api/v1/observations").then().statusCode(200)
                .body("items.period", org.hamcrest.Matchers.contains("2023-12", "2023"));
        given().queryParam("lastN", 0).when().get("/api/v1/observations").then().statusCode(400)
                .body("violations[0].field", equalTo("lastN"));
    }

    @Test
    void periodRangeFiltersAndRejectsAReversedRange() {
        given().queryParam("from", "2024").queryParam("to", "2024").when().get("/api/v1/observations")
                .then().statusCode(200).body("items.period", everyItem(equalTo("2024"))).body("total", equalTo(20));
        given().queryParam("from", "2023-12").queryParam("to", "2023-12").when().get("/api/v1/observations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].valueText", equalTo("58.1"));
        given().queryParam("from", "2024").queryParam("to", "2023").when().get("/api/v1/observations")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("from"));
    }

    @Test
    void labelsFollowLangAndAcceptLanguage() {
        given().queryParam("indicator", "retail.total").queryParam("measure", "actual").queryParam("lang", "en")
                .when().get("/api/v1/observations").then().statusCode(200)
                .body("items[0].indicatorName", equalTo("Total retail sales of consumer goods"))
                .body("items[0].unitSymbol", equalTo("100 million yuan"))
                .body("items[0].areaName", equalTo("Jiangmen"));
        given().header("Accept-Language", "en-GB,en;q=0.8").queryParam("indicator", "gdp")
                .when().get("/api/v1/observations").then().statusCode(200)
                .body("items[0].qualifierName", equalTo("more than"));
        given().queryParam("indicator", "gdp").when().get("/api/v1/observations").then().statusCode(200)
                .body("items[0].indicatorName", equalTo("地区生产总值"))
                .body("items[0].qualifierName", equalTo("超过"))
                .body("items[0].unitSymbol", equalTo("亿元"));
    }

    @Test
    void malformedParametersAreNamedInAProblem() {
        expectBadParameter("measure", "total", "measure");
        expectBadParameter("scope", "city", "scope");
        expectBadParameter("size", "1001", "size");
        expectBadParameter("cursor", "not-a-cursor", "cursor");
        expectBadParameter("cursor", "WyJhIl0", "cursor");
        expectBadParameter("size", "0", "size");
        expectBadParameter("size", "abc", "size");
        expectBadParameter("from", "2023-13", "from");
        expectBadParameter("to", "last year", "to");
        expectBadParameter("area", "44070", "area");
        expectBadParameter("indicator", "GDP;drop table observation", "indicator");
        expectBadParameter("lang", "fr", "lang");
        expectBadParameter("frequency", "decade", "frequency");
        expectBadParameter("from", "2023-Q5", "from");
        expectBadParameter("to", "2024-04/2024-01", "to");
    }

    private static void expectBadParameter(String name, String value, String field) {
        given().queryParam(name, value).when().get("/api/v1/observations").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("'" + field + "'"))
                .body("instance", equalTo("/api/v1/observations"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field));
    }

    static Map<String, Object> with(Map<String, ?> base, String key, Object value) {
        var copy = new java.util.HashMap<String, Object>(base);
        copy.put(key, value);
        return copy;
    }

    static void assertFigure(Map<String, Object> f, String value, String unit, String scope, String measure, String qualifier) {
        assertEquals(value, f.get("valueText"), "value as printed");
        assertEquals(unit, f.get("unit"), "unit");
        assertEquals(scope, f.get("scope"), "scope");
        assertEquals(measure, f.get("measure"), "measure");
        assertEquals(qualifier, f.get("qualifier"), "qualifier");
    }
}
