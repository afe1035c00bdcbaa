package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A figure's value is bounded where it is read: a huge number is refused naming the field, and never echoed whole. */
@QuarkusTest
class FigureValueBoundsTest {

    static final String INDICATOR = "test.bounds.sales";
    /** Numbers no figure can have: beyond 15 digits before the point or 10 after, or past Jackson's 1000 characters. */
    static final List<String> HUGE = List.of("1e10000000", "1e999999999", "-1e-999999999", "1e2147483647", "1e-2147483648",
            "9".repeat(2000), "\"1e999999999\"", "\"" + "9".repeat(50_000) + "\"", "1234567890123456789012345678901",
            "0.00000000001", "1234567890123456");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void indicator() {
        GeneratedData.indicator(dataSource, INDICATOR, "测试", "Test");
    }

    @AfterEach
    void clear() {
        GeneratedData.clearWrites(dataSource);
    }

    static String figure(String period, String value) {
        return """
                {"indicator":"%s","area":"440703","period":"%s","measure":"actual","value":%s,"unit":"CNY_100M",
                 "qualifier":"exact","source":"jmdaily-2024-02-gdp","quote":"测试","reason":"bounds"}"""
                .formatted(INDICATOR, period, value);
    }

    @Test
    void aHugeValueInOneFigureIsRefusedNamingTheField() {
        var created = given().auth().oauth2(JwtTestResource.editor()).contentType("application/json")
                .body(figure("2023", "123456789012345.1234567890")).when().post("/api/v1/observations")
                .then().statusCode(201).body("valueText", equalTo("123456789012345.1234567890")).extract();
        for (String value : HUGE) {
            small(given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(figure("2024", value))
                    .when().post("/api/v1/observations").then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("value")));
            small(given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").header("If-Match", created.header("ETag"))
                    .body(figure("2023", value)).when().put("/api/v1/observations/" + created.jsonPath().getLong("id"))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("value")));
        }
        given().queryParam("indicator", INDICATOR).when().get("/api/v1/observations").then()
                .body("items.valueText", equalTo(List.of("123456789012345.1234567890")));
    }

    @Test
    void aHugeValueInAnImportIsRefusedWithItsLineAndColumn() {
        for (String value : HUGE) {
            small(Imports.json("[" + figure("2022", "1.5") + ",\n" + figure("2023", value) + "]").statusCode(422)
                    .contentType("application/problem+json").body("errors[0].line", equalTo(2))
                    .body("errors[0].column", equalTo("value")));
            String cell = value.replace("\"", "");
            small(Imports.csv(ImportTest.HEADER + INDICATOR + ",440703,,,2023,actual," + cell + ",CNY_100M,exact,jmdaily-2024-02-gdp,x\n")
                    .statusCode(422).body("errors[0].line", equalTo(2)).body("errors[0].column", equalTo("value")));
        }
        given().queryParam("indicator", INDICATOR).when().get("/api/v1/observations").then().body("items", equalTo(List.of()));
    }

    @Test
    void theDatabaseHoldsTheSameBound() {
        for (String value : List.of("1e15", "-1e15", "0.12345678901")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> GeneratedData.execute(dataSource, """
                    insert into observation (indicator_code, area_code, period, period_type, period_start, measure, value,
                                             unit_code, qualifier, source_code, quote)
                    values ('%s', '440703', '2023', 'year', date '2023-01-01', 'yoy_growth', %s, 'PERCENT', 'exact',
                            'jmdaily-2024-02-gdp', 'made up for tests')""".formatted(INDICATOR, value)));
            assertTrue(refused.getMessage().contains("observation_value_bounds"), refused.getMessage());
        }
    }

    /** A refusal stays small whatever was sent: it never echoes a value whole. */
    static void small(ValidatableResponse response) {
        String body = response.extract().asString();
        assertTrue(body.length() < 1000, () -> body.length() + " characters: " + body.substring(0, Math.min(300, body.length())));
    }
}
