package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Half-years, quarters and year-to-date cumulative periods: filters, order, lastN, derived growth, formats, bad input. */
@QuarkusTest
class PeriodsTest {

    static final String INDICATOR = "test.periods.revenue";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void importRelease() throws IOException {
        given().auth().oauth2(JwtTestResource.admin()).contentType("application/json").body(Map.of(
                        "nameZh", "测试收入", "nameEn", "Test revenue", "category", "investment", "unit", "CNY_100M",
                        "scoped", false))
                .when().put("/api/v1/indicators/" + INDICATOR).then().statusCode(201);
        Imports.csv(testFile("periods/monthly-release.csv")).statusCode(200).body("inserted", equalTo(11));
    }

    @AfterEach
    void clear() {
        GeneratedData.clearWrites(dataSource);
        GeneratedData.clear(dataSource);
    }

    /** A test data file without its first line, which says that the file is made up for tests. */
    static String testFile(String path) throws IOException {
        try (InputStream in = PeriodsTest.class.getClassLoader().getResourceAsStream(path)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# Made up for tests"), path + " says it is made up");
            return text.substring(text.indexOf('\n') + 1);
        }
    }

    private static JsonPath series(Object... params) {
        var request = given().queryParam("area", "440703");
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam((String) params[i], params[i + 1]);
        }
        return request.when().get("/api/v1/indicators/" + INDICATOR + "/series").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyKindOfPeriodIsItsOwnSeriesInPeriodOrder() {
        assertEquals(List.of("2023-01/2023-04", "2024-01/2024-03", "2024-01/2024-04"),
                series("frequency", "year_to_date").getList("points.period"));
        assertEquals(List.of("2023-Q1", "2023-Q4", "2024-Q1"), series("frequency", "quarter").getList("points.period"));
        assertEquals(List.of("2023-H1", "2023-H2"), series("frequency", "half_year").getList("points.period"));
        assertEquals(List.of("2024-04"), series("frequency", "month").getList("points.period"));
        assertEquals(List.of("2023"), series().getList("points.period"));
        assertEquals("year_to_date", series("frequency", "year_to_date").getString("frequency"));
        assertEquals(List.of("-1.1"), series("frequency", "year_to_date", "measure", "yoy_growth").getList("points.valueText"));
    }

    @Test
    void lastNTakesTheLastPeriodsOfEachSeries() {
        assertEquals(List.of("2024-01/2024-04"), series("frequency", "year_to_date", "lastN", "1").getList("points.period"));
        given().queryParam("indicator", INDICATOR).queryParam("measure", "actual").queryParam("lastN", "1")
                .when().get("/api/v1/observations").then().statusCode(200)
                .body("items.period", contains("2023-H2", "2024-04", "2024-Q1", "2023", "2024-01/2024-04"));
    }

    @Test
    void fromAndToKeepThePeriodsInsideTheRange() {
        assertEquals(List.of("2024-01/2024-03"),
                series("frequency", "year_to_date", "from", "2024", "to", "2024-03").getList("points.period"));
        assertEquals(List.of("2024-01/2024-03", "2024-01/2024-04"),
                series("frequency", "year_to_date", "from", "2024-Q1", "to", "2024-H1").getList("points.period"));
        assertEquals(List.of("2023-Q1"), series("frequency", "quarter", "to", "2023-H1").getList("points.period"));
        given().queryParam("indicator", INDICATOR).queryParam("from", "2023-H2").queryParam("to", "2023")
                .when().get("/api/v1/observations").then().statusCode(200)
                .body("items.period", contains("2023-H2", "2023-Q4"));
    }

    @Test
    void pagesContinueBetweenCumulativePeriodsThatStartTogether() {
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/observations?indicator=" + INDICATOR + "&frequency=year_to_date&measure=actual&size=1";
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.period"));
            next = page.getString("page.next");
        }
        assertEquals(List.of("2023-01/2023-04", "2024-01/2024-03", "2024-01/2024-04"), seen);
    }

    @Test
    void cumulativeGrowthComparesTheSameMonthsAYearBefore() {
        JsonPath derived = given().queryParam("area", "440703").queryParam("frequency", "year_to_date")
                .when().get("/api/v1/indicators/" + INDICATOR + "/derived").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("yoy_growth"), derived.getList("items.method"));
        assertEquals("2024-01/2024-04", derived.getString("items[0].period"));
        assertEquals("20.0", derived.getString("items[0].valueText"));
        assertEquals(List.of("2023-01/2023-04", "2024-01/2024-04"), derived.getList("items[0].inputs.period"));
    }

    @Test
    void aQuarterIsComparedWithTheQuarterBeforeAndTheSameQuarterAYearBefore() {
        given().queryParam("area", "440703").queryParam("frequency", "quarter")
                .when().get("/api/v1/indicators/" + INDICATOR + "/derived").then().statusCode(200)
                .body("items.method", contains("change", "percent_change", "yoy_growth"))
                .body("items.period", contains("2024-Q1", "2024-Q1", "2024-Q1"))
                .body("items.valueText", contains("-5", "-10.0", "12.5"))
                .body("items[2].inputs.period", contains("2023-Q1", "2024-Q1"));
        given().queryParam("area", "440703").queryParam("frequency", "half_year")
                .when().get("/api/v1/indicators/" + INDICATOR + "/derived").then().statusCode(200)
                .body("items.method", contains("change", "percent_change")).body("items.valueText", contains("30", "20.0"));
    }

    @Test
    void csvAndJsonStatCarryThePeriods() {
        String csv = given().queryParam("indicator", INDICATOR).queryParam("frequency", "year_to_date").queryParam("format", "csv")
                .when().get("/api/v1/observations").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",2024-01/2024-04,yoy_growth,-1.1,"), csv);
        given().queryParam("area", "440703").queryParam("frequency", "year_to_date").queryParam("format", "jsonstat")
                .queryParam("lang", "en").when().get("/api/v1/indicators/" + INDICATOR + "/series").then().statusCode(200)
                .body("dimension.period.category.index.'2024-01/2024-04'", equalTo(2))
                .body("dimension.period.category.label.'2024-01/2024-04'", equalTo("Jan–Apr 2024"));
        given().queryParam("indicator", INDICATOR).queryParam("format", "jsonstat").queryParam("lang", "zh")
                .when().get("/api/v1/observations").then().statusCode(200)
                .body("dimension.period.category.label.'2024-01/2024-04'", equalTo("2024年1-4月累计"))
                .body("dimension.period.category.label.'2023-H1'", equalTo("2023年上半年"))
                .body("dimension.period.category.label.'2023-Q1'", equalTo("2023年一季度"))
                .body("dimension.period.category.label.'2024-04'", equalTo("2024年4月"));
    }

    @Test
    void aPeriodThatDoesNotParseIsA400NamingTheParameter() {
        Map<String, String> bad = Map.of("2023-Q5", "has no quarter 5", "2023-H3", "has no half-year 3",
                "2024-13", "has no month 13", "2024-04/2024-01", "ends before it starts",
                "2023-11/2024-02", "crosses a year", "2023-1", "is not a period");
        bad.forEach((text, why) -> {
            for (String parameter : List.of("from", "to")) {
                given().queryParam(parameter, text).when().get("/api/v1/observations").then().statusCode(400)
                        .contentType("application/problem+json").body("violations[0].field", equalTo(parameter))
                        .body("violations[0].message", containsString(why));
            }
            series400("to", text);
        });
        given().queryParam("frequency", "decade").when().get("/api/v1/observations").then().statusCode(400)
                .body("violations[0].field", equalTo("frequency"));
        given().queryParam("from", "2024-Q2").queryParam("to", "2024-Q1").when().get("/api/v1/observations").then()
                .statusCode(400).body("violations[0].field", equalTo("from"));
    }

    private static void series400(String parameter, String text) {
        given().queryParam("area", "440703").queryParam(parameter, text)
                .when().get("/api/v1/indicators/" + INDICATOR + "/series").then().statusCode(400)
                .body("violations[0].field", equalTo(parameter));
    }

    @Test
    void badPeriodsInAnImportOrAWriteNameTheLineOrField() {
        String header = "indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote\n";
        String row = INDICATOR + ",440703,,,%s,actual,1,CNY_100M,exact,jmdaily-2024-02-gdp,x\n";
        Imports.csv(header + row.formatted("2025-Q1") + row.formatted("2023-Q5") + row.formatted("2024-05/2023-12"))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.line", contains(3, 4)).body("errors.column", contains("period", "period"))
                .body("errors[1].message", containsString("crosses a year"));
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(Map.of("indicator", INDICATOR,
                        "area", "440703", "period", "2023-H3", "measure", "actual", "value", "1", "unit", "CNY_100M",
                        "qualifier", "exact", "source", "jmdaily-2024-02-gdp", "quote", "x"))
                .when().post("/api/v1/observations").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("period"))
                .body("violations[0].message", equalTo("'2023-H3' has no half-year 3 (1 to 2)"));
        given().queryParam("indicator", INDICATOR).queryParam("from", "2025").when().get("/api/v1/observations").then()
                .body("items", hasSize(0));
    }

    @Test
    void theDatabaseRefusesAPeriodWhoseTypeOrStartDisagreesWithItsText() throws SQLException {
        String insert = "insert into observation (indicator_code, area_code, period, period_type, period_start, measure, value,"
                + " unit_code, qualifier, source_code, quote) values ('" + INDICATOR + "', '440703', '%s', '%s', date '%s',"
                + " 'actual', 1, 'CNY_100M', 'exact', 'jmdaily-2024-02-gdp', 'x')";
        for (String[] bad : List.of(new String[] {"2025-Q2", "quarter", "2025-01-01"}, new String[] {"2025-Q2", "month", "2025-04-01"},
                new String[] {"2025-Q5", "quarter", "2025-04-01"}, new String[] {"2025-03/2025-01", "year_to_date", "2025-03-01"},
                new String[] {"2025-11/2026-01", "year_to_date", "2025-11-01"})) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(insert.formatted((Object[]) bad)));
                assertEquals("23514", e.getSQLState(), "a check violation for " + String.join(" ", bad));
            }
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(insert.formatted("2025-01/2025-02", "year_to_date", "2025-01-01"));
        }
        given().queryParam("indicator", INDICATOR).queryParam("from", "2025").when().get("/api/v1/observations").then()
                .body("items.period", contains("2025-01/2025-02"));
    }
}
