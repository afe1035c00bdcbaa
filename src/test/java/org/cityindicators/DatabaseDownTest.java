package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A service whose database cannot be reached is alive but not ready, and says so. */
@QuarkusTest
@TestProfile(DatabaseDownTest.Unreachable.class)
class DatabaseDownTest {

    @Test
    void readinessFailsWhenTheDatabaseIsUnreachable() {
        ManagementPort.given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Database connections health check"));
    }

    @Test
    void livenessStaysUpSoThatThePodIsNotRestartedForAnOutage() {
        ManagementPort.given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void queriesAnswerARetryableProblem() {
        given().when().get("/api/v1/observations").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("title", equalTo("Service Unavailable"))
                .body(not(containsString("Exception"))).body(not(containsString("127.0.0.1")));
    }

    /** The datasource points at a port where nothing listens; startup does not touch the database. */
    public static class Unreachable implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(ManagementPort.settings()); // no global test resources here
            overrides.putAll(Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/indicators",
                    "quarkus.datasource.username", "nobody",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2s",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "indicators.dataset.load-at-start", "false"));
            return overrides;
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
