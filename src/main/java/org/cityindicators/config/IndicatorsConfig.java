package org.cityindicators.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the service under the {@code indicators} prefix. */
@ConfigMapping(prefix = "indicators")
public interface IndicatorsConfig {

    Dataset dataset();

    Http http();

    Derived derived();

    /** Values the service computes from published figures. */
    interface Derived {
        /** Indicator whose actual figures (in persons, or a unit with a factor to persons) give per-capita values. */
        @WithDefault("population.resident")
        String populationIndicator();
    }

    /** HTTP answers. */
    interface Http {
        /** Seconds a client or shared cache may reuse a read before revalidating it (Cache-Control max-age). */
        @WithDefault("10")
        int maxAge();

        /** Bytes of rendered GET answers kept in memory for the current data version (0 turns the cache off). */
        @WithDefault("67108864")
        long responseCacheBytes();

        /** Largest single answer the response cache keeps, in bytes; larger ones (exports) are streamed every time. */
        @WithDefault("1048576")
        int responseCacheEntryBytes();
    }

    /** The published figures shipped with the service. */
    interface Dataset {
        /** Load the data files under {@code data/} at startup (idempotent). */
        @WithDefault("true")
        boolean loadAtStart();
    }
}
