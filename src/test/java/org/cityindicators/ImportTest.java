package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bulk import: all or nothing, every bad cell reported with its line, dry runs change nothing. */
@QuarkusTest
class ImportTest {

    static final String HEADER = "indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote\n";
    static final String GOOD = HEADER
            + "test.import.sales,440703,,,2022,actual,90.00,CNY_100M,exact,jmdaily-2024-02-gdp,测试2022\n"
            + "test.import.sales,440703,,,2023,actual,100.50,CNY_100M,exact,jmdaily-2024-02-gdp,\"测试2023, with a comma\"\n"
            + "test.import.sales,440703,,,2023,yoy_growth,11.7,PERCENT,exact,jmdaily-2024-02-gdp,测试增长\n";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void indicator() {
        GeneratedData.indicator(dataSource, "test.import.sales", "测试", "Test");
    }

    @AfterEach
    void clear() {
        GeneratedData.clearWrites(dataSource);
    }

    private static io.restassured.response.ValidatableResponse importCsv(String csv, Map<String, ?> params) {
        return given().auth().oauth2(JwtTestResource.editor()).contentType("text/csv; charset=utf-8").queryParams(params)
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/observations/import").then();
    }

    @Test
    void aDryRunReportsAndChangesNothingThenTheImportApplies() throws SQLException {
        String before = fingerprint();
        importCsv(GOOD, Map.of("dryRun", "true")).statusCode(200)
                .body("dryRun", equalTo(true)).body("rows", equalTo(3)).body("inserted", equalTo(3));
        assertEquals(before, fingerprint());
        importCsv(GOOD, Map.of()).statusCode(200).body("dryRun", equalTo(false)).body("inserted", equalTo(3));
        given().queryParam("indicator", "test.import.sales").queryParam("measure", "actual").when().get("/api/v1/observations")
                .then().body("items.valueText", contains("90.00", "100.50"))
                .body("items[1].quote", equalTo("测试2023, with a comma"));
        importCsv(GOOD, Map.of()).statusCode(200).body("unchanged", equalTo(3)).body("inserted", equalTo(0));
        String revised = GOOD.replace("100.50", "100.75");
        importCsv(revised, Map.of()).statusCode(400).body("violations[0].field", equalTo("reason"));
        importCsv(revised, Map.of("reason", "Revised by the bureau")).statusCode(200)
                .body("revised", equalTo(1)).body("unchanged", equalTo(2));
        given().queryParam("indicator", "test.import.sales").queryParam("measure", "actual").queryParam("from", "2023")
                .when().get("/api/v1/observations").then().body("items.valueText", contains("100.75"));
        given().auth().oauth2(JwtTestResource.admin()).queryParam("actor", "erin.editor").when().get("/api/v1/audit")
                .then().statusCode(200).body("items.action", hasItem("import"));
        // the trail carries an import's counts and reason, and pages by cursor, oldest first
        given().auth().oauth2(JwtTestResource.admin()).queryParam("actor", "erin.editor").queryParam("size", 1000)
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("items.findAll { it.action == 'import' && it.reason == 'Revised by the bureau' }.detail",
                        contains(containsString("\"revised\": 1")))
                .body("items[0].at", matchesPattern("[0-9]{4}-[0-9]{2}-[0-9]{2}T.+(Z|[+-][0-9]{2}:[0-9]{2})"));
        var first = given().auth().oauth2(JwtTestResource.admin()).queryParam("size", 1).when().get("/api/v1/audit")
                .then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
        given().auth().oauth2(JwtTestResource.admin()).when().get(first.getString("page.next")).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", greaterThan(first.getInt("items[0].id")));
    }

    @Test
    void aFileWithBadRowsChangesNothingAndNamesEveryLine() throws SQLException {
        importCsv(GOOD, Map.of()).statusCode(200);
        String before = fingerprint();
        String bad = GOOD.replace("90.00", "\"90,00\"") + "test.import.sales,440703,,,2024,actual,-1,CNY_100M,exact,jmdaily-2024-02-gdp,x\n"
                + "test.import.sales,440703,,,2021,actual,5,CNY_100M,roughly,jmdaily-2024-02-gdp,x\n"
                + "test.import.sales,440703,,,2023,actual,100.50,CNY_100M,exact,jmdaily-2024-02-gdp,duplicate of line 3\n";
        importCsv(bad, Map.of()).statusCode(422).contentType("application/problem+json")
                .body("errors.line", contains(2, 5, 6)).body("errors.column", contains("value", "value", "qualifier"))
                .body("errorCount", equalTo(3));
        assertEquals(before, fingerprint(), "a rejected file leaves every table as it was");
        importCsv(GOOD + GOOD.substring(HEADER.length()), Map.of()).statusCode(422)
                .body("errors[0].message", equalTo("lines 2, 5 give the same figure"));
        importCsv("indicator,value\nx,1\n", Map.of()).statusCode(422).body("errors[0].line", equalTo(1))
                .body("errors[0].column", equalTo("header"));
        importCsv(GOOD.replace("90.00", "90,00"), Map.of()).statusCode(422)
                .body("errors[0].line", equalTo(2)).body("errors[0].column", equalTo("row"));
        importCsv(HEADER + "\"unterminated,quote\n", Map.of()).statusCode(422);
        importCsv(GOOD.replace("11.7,PERCENT", "-150,PERCENT"), Map.of()).statusCode(422)
                .body("errors[0].line", equalTo(4)).body("errors[0].message", equalTo("yoy_growth of -150% would be less than nothing"));
        importCsv(GOOD.replace("11.7,PERCENT", "11.7,CNY_100M"), Map.of()).statusCode(422)
                .body("errors[0].column", equalTo("unit"));
        assertEquals(before, fingerprint());
    }

    @Test
    void jsonImportTakesTheSameFigures() {
        String json = """
                [{"indicator":"test.import.sales","area":"440703","period":"2022","measure":"actual","value":90.00,
                  "unit":"CNY_100M","qualifier":"exact","source":"jmdaily-2024-02-gdp","quote":"测试"},
                 {"indicator":"test.import.sales","area":"440703","period":"2023","measure":"actual","value":"100.50",
                  "unit":"CNY_100M","qualifier":"about","source":"jmdaily-2024-02-gdp","quote":"测试"}]""";
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(json)
                .when().post("/api/v1/observations/import").then().statusCode(200).body("inserted", equalTo(2));
        given().queryParam("indicator", "test.import.sales").when().get("/api/v1/observations").then()
                .body("items.valueText", contains("90.00", "100.50")).body("items.qualifier", contains("exact", "about"));
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body("{\"not\":\"an array\"}")
                .when().post("/api/v1/observations/import").then().statusCode(422);
    }

    @Test
    void theCsvExportImportsBackUnchanged() {
        byte[] export = given().queryParam("format", "csv").when().get("/api/v1/observations").then().statusCode(200)
                .extract().asByteArray();
        Imports.post("text/csv", export).statusCode(200)
                .body("rows", equalTo(47)).body("unchanged", equalTo(47));
    }

    /** Counts and checksums of the tables an import writes. */
    private String fingerprint() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select (select count(*) from observation) || ':' || (select md5(string_agg(o::text, '|' order by id)) from observation o)
                    || ':' || (select count(*) from audit_log)""")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
