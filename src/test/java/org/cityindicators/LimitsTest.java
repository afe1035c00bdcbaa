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
    void overlongRequestLinesAndHeadersAreRefusedWithAProblem() {
        RawHttp.Answer line = get("/api/v1/indicators?q=" + "x".repeat(5000), Map.of());
        assertEquals(414, line.status());
        assertEquals("application/problem+json", line.header("content-type"));
        assertTrue(line.body().contains("at most 4096"), line.body());
        RawHttp.Answer headers = get("/api/v1/indicators", Map.of("X-Big", "y".repeat(30_000).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(431, headers.status());
        assertEquals("application/problem+json", headers.header("content-type"));
        assertTrue(headers.body().contains("at most 20480"), headers.body());
        // beyond the HTTP codec's own limit the request never reaches a route: the codec's bare status
        assertEquals(414, get("/api/v1/indicators?q=" + "x".repeat(20_000), Map.of()).status());
    }

    @Test
    void onlyTheImportTakesABodyOfUndeclaredLength() {
        byte[] chunked = "5\r\n{\"a\":\r\n2\r\n1}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/api/v1/observations".getBytes(StandardCharsets.US_ASCII),
                Map.of("Content-Type", "application/json".getBytes(StandardCharsets.US_ASCII),
                        "Authorization", ("Bearer " + JwtTestResource.editor()).getBytes(StandardCharsets.US_ASCII),
                        "Transfer-Encoding", "chunked".getBytes(StandardCharsets.US_ASCII)), chunked);
        assertEquals(411, answer.status());
        assertEquals("application/problem+json", answer.header("content-type"));
        assertTrue(answer.body().contains("Content-Length"), answer.body());

        byte[] csv = ("indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote\n"
                + "no.such.indicator,440700,,,2023,actual,1,CNY_100M,exact,jmdaily-2024-02-gdp,x\n").getBytes(StandardCharsets.UTF_8);
        byte[] framed = (Integer.toHexString(csv.length) + "\r\n" + new String(csv, StandardCharsets.UTF_8) + "\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer imported = RawHttp.send(RestAssured.port, "POST", "/api/v1/observations/import?dryRun=true".getBytes(StandardCharsets.US_ASCII),
                Map.of("Content-Type", "text/csv".getBytes(StandardCharsets.US_ASCII),
                        "Authorization", ("Bearer " + JwtTestResource.editor()).getBytes(StandardCharsets.US_ASCII),
                        "Transfer-Encoding", "chunked".getBytes(StandardCharsets.US_ASCII)), framed);
        assertEquals(422, imported.status(), imported.body()); // read and judged: the indicator does not exist
    }

    private static RawHttp.Answer get(String target, Map<String, byte[]> headers) {
        return RawHttp.send(RestAssured.port, "GET", target.getBytes(StandardCharsets.US_ASCII), headers, null);
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
