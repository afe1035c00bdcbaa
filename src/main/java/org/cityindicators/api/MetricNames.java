package org.cityindicators.api;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Keeps /q/metrics acceptable to Prometheus's own checker (promtool check metrics) in both formats it is served in:
 * every meter has help text without double quotes (promtool's OpenMetrics parser refuses an escaped one), gauges of
 * the connection pool end in _connections instead of the _count suffix that Prometheus reserves for histograms and
 * summaries, and meters in units Prometheus does not use (milliseconds, nanoseconds), the CPU count gauge and the
 * connection-duration long-task timer are not published.
 */
@Singleton
class MetricNames {

    private static final Set<String> UNPUBLISHED_UNITS = Set.of("milliseconds", "ns", "nanoseconds");
    /** A count gauge, and a long-task timer whose series the text format writes without help text. */
    private static final Set<String> UNPUBLISHED = Set.of("system.cpu.count", "http.server.connections");

    @Produces
    @Singleton
    MeterFilter promtoolClean() {
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                boolean oddUnit = id.getBaseUnit() != null && UNPUBLISHED_UNITS.contains(id.getBaseUnit());
                return oddUnit || UNPUBLISHED.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
            }

            @Override
            public Meter.Id map(Meter.Id id) {
                String name = id.getName();
                if (name.startsWith("agroal.") && name.endsWith(".count") && id.getType() == Meter.Type.GAUGE) {
                    name = name.substring(0, name.length() - ".count".length()) + ".connections";
                }
                String description = id.getDescription() == null || id.getDescription().isBlank()
                        ? "Meter " + id.getName() : id.getDescription().replace('"', '\'');
                return new Meter.Id(name, Tags.of(id.getTagsAsIterable()), id.getBaseUnit(),
                        description, id.getType());
            }
        };
    }
}
