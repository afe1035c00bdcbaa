package org.cityindicators;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writers never starve readers: while the writers' lock is held (here by another "replica", a connection of the
 * test), queued writes wait without a database connection and end in 503 with Retry-After, and reads keep being
 * answered; a pool with no free connection answers 503, not 500.
 */
@QuarkusTest
@TestProfile(WriterQueueTest.SmallPool.class)
class WriterQueueTest {

    /** Four connections (one is the change listener's), short waits, a short writers' queue. */
    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "4", "quarkus.datasource.jdbc.acquisition-timeout", "2s",
                    "indicators.limits.writer-wait", "2s", "indicators.limits.writers-queued", "2",
                    "indicators.http.response-cache-bytes", "0");
        }
    }

    private static final long WRITE_LOCK = 7_270_001L;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void clear() {
        GeneratedData.execute(dataSource, "delete from audit_log where actor = 'erin.editor'",
                "delete from observation where quote like 'writer-queue %'");
    }

    @Test
    void queuedWritersGet503AndReadersAreServedWhileAnotherReplicaHoldsTheWritersLock() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try (Connection otherReplica = dataSource.getConnection(); Statement st = otherReplica.createStatement()) {
            otherReplica.setAutoCommit(false);
            st.execute("select pg_advisory_xact_lock(" + WRITE_LOCK + ")");
            List<Future<Response>> writes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int year = 2101 + i;
                writes.add(clients.submit(() -> given().auth().oauth2(JwtTestResource.editor()).contentType("application/json")
                        .body(figure(year)).when().post("/api/v1/observations").andReturn()));
            }
            // the pool has one connection left for reads when writers hold at most one: no more ever is a writer's
            for (int i = 0; i < 20; i++) {
                given().queryParam("indicator", "retail.total").queryParam("size", 1 + i).when().get("/api/v1/observations")
                        .then().statusCode(200);
            }
            for (Future<Response> write : writes) {
                Response answer = write.get();
                assertEquals(503, answer.statusCode(), answer.asString());
                assertEquals("application/problem+json", answer.contentType());
                assertTrue(answer.header("Retry-After").matches("[1-9][0-9]?"), answer.header("Retry-After"));
            }
            otherReplica.rollback();
        } finally {
            clients.shutdownNow();
        }
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json").body(figure(2100))
                .when().post("/api/v1/observations").then().statusCode(201);
    }

    @Test
    void aReadThatFindsNoFreeConnectionIs503WithRetryAfter() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            int free = dataSource.getConfiguration().connectionPoolConfiguration().maxSize()
                    - (int) dataSource.getMetrics().activeCount();
            IntStream.range(0, free).forEach(i -> held.add(connection()));
            given().queryParam("indicator", "gdp").when().get("/api/v1/observations")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "2");
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        given().queryParam("indicator", "gdp").when().get("/api/v1/observations").then().statusCode(200);
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> figure(int year) {
        return Map.of("indicator", "retail.total", "area", "440703", "period", Integer.toString(year), "measure", "actual",
                "value", "1.00", "unit", "CNY_100M", "qualifier", "exact", "source", "jmdaily-2024-02-gdp",
                "quote", "writer-queue " + year);
    }
}
