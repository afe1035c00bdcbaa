package org.cityindicators.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL server run from binaries on Maven Central, for machines that have no database configured:
 * a developer's laptop and the tests. Production configures a datasource and disables this.
 */
public final class EmbeddedDatabase {

    /** Set to false (as the container image does) to make a missing datasource a startup error. */
    public static final String ENABLED_VARIABLE = "INDICATORS_EMBEDDED_DATABASE";
    /** Where the local run keeps its data between runs; default ~/.local/share/city-indicators/postgres. */
    public static final String DATA_DIR_VARIABLE = "INDICATORS_EMBEDDED_DATA_DIR";

    private EmbeddedDatabase() {
    }

    /** Whether a datasource URL was given through the environment or a system property. */
    public static boolean datasourceConfigured() {
        return System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null;
    }

    /** Starts a server keeping its data in {@code dataDir} (created if new) and returns the datasource settings. */
    public static Map<String, String> start(Path dataDir, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "50")
                    .start();
            return Map.of(
                    "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** For the local run: the persistent data folder, from the environment or under the user's home. */
    public static Path localDataDir() {
        String configured = System.getenv(DATA_DIR_VARIABLE);
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".local", "share", "city-indicators", "postgres");
    }

    public static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getenv(ENABLED_VARIABLE));
    }
}
