package org.cityindicators;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The port of the management interface (health and metrics) in tests: a free port picked once per test JVM and given
 * to the application under test, the packaged jar of @QuarkusIntegrationTest included, so that tests know where to
 * ask. Kept in a system property, which every class loader of the test JVM sees.
 */
@QuarkusTestResource(ManagementPort.class)
public class ManagementPort implements QuarkusTestResourceLifecycleManager {

    private static final String PROPERTY = "cityindicators.test.management-port";

    @Override
    public Map<String, String> start() {
        return settings();
    }

    @Override
    public void stop() {
    }

    /** The settings that put the management interface on this port, under @QuarkusTest and on the packaged jar. */
    static Map<String, String> settings() {
        String port = Integer.toString(port());
        return Map.of("quarkus.management.test-port", port, "quarkus.management.port", port);
    }

    static synchronized int port() {
        String port = System.getProperty(PROPERTY);
        if (port == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = Integer.toString(socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PROPERTY, port);
        }
        return Integer.parseInt(port);
    }

    /** A request to the management interface. */
    static RequestSpecification given() {
        return RestAssured.given().baseUri("http://localhost").port(port());
    }
}
