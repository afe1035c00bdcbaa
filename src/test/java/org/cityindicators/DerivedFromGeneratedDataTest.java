package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Changes, growth and per-capita values need several periods and a population, which the shipped figures lack. */
@QuarkusTest
class DerivedFromGeneratedDataTest {

    @Inject
    DataSource dataSource;

    @AfterEach
    void clear() {
        GeneratedData.clear(dataSource);
    }

    @Test
    void changeGrowthAndPerCapitaFromLevels() {
        GeneratedData.execute(dataSource,
                "insert into unit (code, symbol_zh, symbol_en, kind, base_unit, base_factor) "
                        + "values ('TEST_PERSON_10K', '万人', '10,000 persons', 'count', 'PERSON', 10000)",
                "insert into indicator (code, name_zh, name_en, category, unit_code, scoped) values "
                        + "('test.sales', '销售额', 'Sales', 'consumption', 'CNY_100M', false), "
                        + "('test.population', '常住人口', 'Resident population', 'population', 'TEST_PERSON_10K', false)",
                "insert into observation (indicator_code, area_code, period, period_type, period_start, measure, value, "
                        + "unit_code, qualifier, source_code, quote) values "
                        + figure("test.sales", "440703", "2022", "100.00", "CNY_100M", "exact") + ", "
                        + figure("test.sales", "440703", "2023", "112.50", "CNY_100M", "exact") + ", "
                        + figure("test.sales", "440703", "2022-12", "8.00", "CNY_100M", "exact") + ", "
                        + figure("test.sales", "440703", "2023-11", "10.00", "CNY_100M", "exact") + ", "
                        + figure("test.sales", "440703", "2023-12", "12.00", "CNY_100M", "about") + ", "
                        + figure("test.sales", "440704", "2023", "112.50", "CNY_100M", "exact") + ", "
                        + figure("test.population", "440704", "2023", "480.50", "TEST_PERSON_10K", "exact"));
        assertEquals(List.of("change:2023:12.50:exact", "yoy_growth:2023:12.5:exact"), derived("440703", "year"));
        assertEquals(List.of("change:2023-12:2.00:about", "percent_change:2023-12:20.0:about", "yoy_growth:2023-12:50.0:about"),
                derived("440703", "month"), "a derived value is exact only when all its inputs are");
        // 112.50亿元 / 4,805,000 persons = 2341.31 yuan per person
        assertEquals(List.of("per_capita:2023:2341.31:exact"), derived("440704", "year"));
    }

    private static List<String> derived(String area, String frequency) {
        List<Map<String, Object>> items = given().queryParam("area", area).queryParam("frequency", frequency)
                .when().get("/api/v1/indicators/test.sales/derived").then().statusCode(200)
                .extract().jsonPath().getList("items");
        items.forEach(d -> assertEquals(true, d.get("derived")));
        return items.stream().map(d -> d.get("method") + ":" + d.get("period") + ":" + d.get("valueText") + ":" + d.get("qualifier"))
                .sorted().toList();
    }

    private static String figure(String indicator, String area, String period, String value, String unit, String qualifier) {
        boolean monthly = period.length() == 7;
        String start = monthly ? period + "-01" : period + "-01-01";
        return "('" + indicator + "', '" + area + "', '" + period + "', '" + (monthly ? "month" : "year") + "', date '" + start
                + "', 'actual', " + value + ", '" + unit + "', '" + qualifier + "', 'jmdaily-2024-02-gdp', 'generated')";
    }
}
