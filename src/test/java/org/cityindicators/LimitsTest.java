package org.cityindicators;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bounds on one request: body size (the import's larger than the rest), request line and header size, query time. */
@QuarkusTest
class LimitsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void bodiesOverTheLimitAreRefusedWith413() {
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body("{\"a\":\"" + "x".repeat(70_000) + "\"}")
                .when().post("/api/v1/observations").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413))
                .body("detail", containsString("at most 65536"));
    }

    @Test
    void theBulkImportTakesLargerBodiesThanOtherEndpoints() {
        String csv = "indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote\n"
                + "no.such.indicator,440700,,,2023,actual,1,CNY_100M,exact,jmdaily-2024-02-gdp,x\n".repeat(2000);
        assertTrue(csv.length() > 65_536);
        given().auth().oauth2(JwtTestResource.editor()).contentType("text/csv").body(csv).queryParam("dryRun", true)
                .when().post("/api/v1/observations/import").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void importsOverTheServersLimitAreRefusedWith413() {
        // only the head is sent: the server answers from the declared length at once and closes the connection, so a
        // client still writing a body would race that close (a broken pipe instead of the answer)
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/api/v1/observations/import".getBytes(StandardCharsets.US_ASCII),
                Map.of("Content-Type", "text/csv".getBytes(StandardCharsets.US_ASCII),
                        "Authorization", ("Bearer " + JwtTestResource.editor()).getBytes(StandardCharsets.US_ASCII),
                        "Content-Length", Integer.toString(3 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII)),
                null);
        assertEquals(413, answer.status());
    }

    @Test
    void overlongRequestLinesAndHeadersAreRefused() {
        assertEquals(414, RawHttp.send(RestAssured.port, "GET", ("/api/v1/indicators?q=" + "x".repeat(5000)).getBytes(StandardCharsets.US_ASCII),
                Map.of(), null).status());
        assertEquals(431, RawHttp.send(RestAssured.port, "GET", "/api/v1/indicators".getBytes(StandardCharsets.US_ASCII),
                Map.of("X-Big", "y".repeat(30_000).getBytes(StandardCharsets.US_ASCII)), null).status());
    }

    @Test
    void pagesAreBounded() {
        given().queryParam("size", 1001).when().get("/api/v1/observations").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("size"));
    }

    @Test
    void everyStatementRunsUnderATimeout() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("show statement_timeout")) {
            rs.next();
            assertEquals("15s", rs.getString(1));
        }
    }

    @Test
    void aCancelledStatementIsAnsweredAsARetryable503() throws SQLException {
        SQLException cancelled = null;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("set statement_timeout = 50");
            try {
                st.execute("select pg_sleep(1)");
            } catch (SQLException e) {
                cancelled = e;
            }
            st.execute("reset statement_timeout"); // the connection goes back to the pool
        }
        assertEquals("57014", cancelled.getSQLState());
        var response = new org.cityindicators.api.ProblemMappers().unexpected(new IllegalStateException(cancelled), null);
        assertEquals(503, response.getStatus());
        assertEquals("30", response.getHeaderString("Retry-After"));
        assertEquals("application/problem+json", response.getMediaType().toString());
    }
}
