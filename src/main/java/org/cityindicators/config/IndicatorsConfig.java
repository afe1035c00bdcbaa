package org.cityindicators.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the service under the {@code indicators} prefix. */
@ConfigMapping(prefix = "indicators")
public interface IndicatorsConfig {

    Dataset dataset();

    Http http();

    Derived derived();

    Limits limits();

    RateLimit rateLimit();

    /** Requests per client and period (a token bucket refilled evenly); see ratelimit.RateLimiter. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests per period for an anonymous client (by address). */
        @WithDefault("600")
        long anonymous();

        /** Requests per period for a client with a bearer token (by its subject). */
        @WithDefault("300")
        long writer();

        @WithDefault("60s")
        Duration period();

        /** Share each client's budget across replicas through PostgreSQL (otherwise each replica has its own). */
        @WithDefault("true")
        boolean shared();

        /** How often a replica adds what it served to the shared budgets and reads what is left. */
        @WithDefault("1s")
        Duration syncInterval();
    }

    /** Bounds on what one request may cost. */
    interface Limits {
        /** Largest request body of every endpoint but the bulk import (whose limit is quarkus.http.limits.max-body-size). */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** Largest document a POST /api/v1/intakes accepts (413 above); it, not max-body-size, bounds that endpoint. */
        @WithDefault("1M")
        MemorySize intakeBytes();

        /** Longest request line (method, target, version) accepted (414 above). */
        @WithDefault("4K")
        MemorySize maxRequestLine();

        /** Largest header section accepted (431 above). */
        @WithDefault("20K")
        MemorySize maxHeaderSize();

        /** Longest time one SQL statement of a read or single write may run before it is cancelled (503). */
        @WithDefault("15s")
        Duration statementTimeout();

        /** Longest time one SQL statement of a bulk import may run. */
        @WithDefault("10m")
        Duration importStatementTimeout();

        /**
         * Longest time a write waits for its turn: first behind this replica's other writers (without a database
         * connection), then for the writers' lock that another replica's writer may hold (503 after either).
         */
        @WithDefault("10s")
        Duration writerWait();

        /** Writes of this replica that may wait for their turn at once; more are answered 503 at once. */
        @WithDefault("16")
        int writersQueued();
    }

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
