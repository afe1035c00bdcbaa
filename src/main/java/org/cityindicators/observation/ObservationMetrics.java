package org.cityindicators.observation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;

/** The domain counters on /q/metrics: figures served by the read endpoints and figures stored by the importer. */
@Startup
@Singleton
public class ObservationMetrics {

    private final Counter served;
    private final Counter imported;

    ObservationMetrics(MeterRegistry registry) {
        served = Counter.builder("indicators.observations.served")
                .description("Figures read to answer requests (lists, series, snapshots, exports, derived values)")
                .register(registry);
        imported = Counter.builder("indicators.observations.imported")
                .description("Figures newly stored by the dataset importer")
                .register(registry);
    }

    public void served(int figures) {
        served.increment(figures);
    }

    public void imported(int figures) {
        imported.increment(figures);
    }
}
