package org.cityindicators.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the service under the {@code indicators} prefix. */
@ConfigMapping(prefix = "indicators")
public interface IndicatorsConfig {

    Dataset dataset();

    /** The published figures shipped with the service. */
    interface Dataset {
        /** Load the data files under {@code data/} at startup (idempotent). */
        @WithDefault("true")
        boolean loadAtStart();
    }
}
