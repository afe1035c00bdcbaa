package org.cityindicators.api;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Publishes HTTP request durations as histogram buckets, so that Prometheus can aggregate percentiles over replicas,
 * under a bounded set of uri labels: an error answer that matched no path template is labelled REFUSED (a filter
 * refused it before routing: 400, 411, 413, 414, 429, 431) or UNMATCHED (no resource has that path or method), never
 * with its raw path, so that callers cannot add series at will.
 */
@Singleton
class HttpMetrics {

    static final Tags REFUSED = Tags.of("uri", "REFUSED");
    static final Tags UNMATCHED = Tags.of("uri", "UNMATCHED");

    @Produces
    @Singleton
    MeterFilter requestHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
            }
        };
    }

    @Produces
    @Singleton
    HttpServerMetricsTagsContributor fixedUris() {
        return context -> {
            if (context.response().statusCode() < 400 || context.requestContextLocalData(PathTemplate.KEY) != null) {
                return Tags.empty();
            }
            return context.requestContextLocalData(HttpErrors.REFUSED) != null ? REFUSED : UNMATCHED;
        };
    }
}
