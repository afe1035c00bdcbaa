package org.cityindicators;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.cityindicators.db.EmbeddedDatabase;

import java.nio.file.Path;

/** Starts the service; with no datasource configured, first starts an embedded PostgreSQL that keeps its data. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (!EmbeddedDatabase.datasourceConfigured() && EmbeddedDatabase.enabled()) {
            Path dataDir = EmbeddedDatabase.localDataDir();
            Log.infof("No datasource configured: starting an embedded PostgreSQL with its data in %s", dataDir);
            EmbeddedDatabase.start(dataDir, false).forEach(System::setProperty);
        }
        Quarkus.run(args);
    }
}
