package org.cityindicators;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.cityindicators.db.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The database of the tests: the server named by QUARKUS_DATASOURCE_JDBC_URL when set, otherwise a fresh embedded
 * PostgreSQL in a temporary folder. Its settings also reach the packaged jar under @QuarkusIntegrationTest.
 */
@QuarkusTestResource(PostgresTestResource.class)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        if (EmbeddedDatabase.datasourceConfigured()) {
            return Map.of();
        }
        try {
            return EmbeddedDatabase.start(Files.createTempDirectory("indicators-test-pg"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // the embedded server stops with the JVM (its shutdown hook)
    }
}
