package org.cityindicators.observation;

import org.cityindicators.db.Sql;
import org.cityindicators.domain.Coded;
import org.cityindicators.domain.InvalidValue;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The figures a client asked for; absent parts do not filter. A figure is inside [from, to] when its period starts on or
 * after from's first day and ends by to's last day. {@code lastN} keeps the last N periods of each series.
 */
public record ObservationFilter(List<String> indicators, List<String> areas, List<String> projects, List<Scope> scopes,
                         List<Measure> measures, Frequency frequency, Period from, Period to, Integer lastN,
                         OffsetDateTime asOf, OffsetDateTime updatedAfter) {

    /** A filter on figures as they are now. */
    public ObservationFilter(List<String> indicators, List<String> areas, List<String> projects, List<Scope> scopes,
                             List<Measure> measures, Frequency frequency, Period from, Period to, Integer lastN) {
        this(indicators, areas, projects, scopes, measures, frequency, from, to, lastN, null, null);
    }

    public ObservationFilter {
        if (from != null && to != null && !from.start().isBefore(to.end())) {
            throw new InvalidValue("from", "period " + from.text() + " starts after 'to' " + to.text() + " ends");
        }
    }

    /** The same selection for another indicator and other measures (and scopes): a parent, or the population. */
    ObservationFilter of(String indicator, List<Scope> scopes, List<Measure> measures) {
        return new ObservationFilter(List.of(indicator), areas, projects, scopes, measures, frequency, from, to, lastN,
                asOf, updatedAfter);
    }

    /** The same selection restricted to other indicators and measures. */
    ObservationFilter withIndicators(List<String> codes, List<Measure> levels) {
        return new ObservationFilter(codes, areas, projects, scopes, levels, frequency, from, to, lastN, asOf, updatedAfter);
    }

    /**
     * The figures matching this filter, read from {@code source}: the versions current now, or at {@code asOf}; without
     * withdrawn ones, except that {@code updatedAfter} (a change feed) keeps them as tombstones.
     */
    Sql select(String columns, String source) {
        Sql sql = new Sql().append("select * from " + source + " where ");
        if (asOf == null) {
            sql.append("superseded_at is null");
        } else {
            sql.append("recorded_at <= ? and (superseded_at is null or superseded_at > ?)", asOf, asOf);
        }
        if (updatedAfter == null) {
            sql.append(" and not withdrawn");
        } else {
            sql.append(" and recorded_at > ?", updatedAfter);
        }
        sql
                .andIn("indicator_code", indicators)
                .andIn("area_code", areas)
                .andIn("project_code", projects)
                .andIn("scope", scopes.stream().map(Coded::code).toList())
                .andIn("measure", measures.stream().map(Coded::code).toList())
                .andIf("period_type = ?", frequency == null ? null : frequency.code())
                .andIf("period_start >= ?", from == null ? null : from.start())
                .andIf("period_start < ?", to == null ? null : to.end())
                .andIf("period_end <= ?", to == null ? null : to.end());
        if (lastN != null) {
            sql.wrap("select * from (select *, row_number() over (partition by series_key order by period_start desc, period_end desc, id desc)"
                    + " as recency from (", ") matching) ranked where recency <= ?").append("", lastN);
        }
        return sql.wrap("select " + columns + " from (", ") figures");
    }
}
