package org.cityindicators.observation;

import org.cityindicators.api.ApiException;
import org.cityindicators.db.Where;

import java.util.List;

/** The figures a client asked for; absent parts do not filter. */
record ObservationFilter(List<String> indicators, List<String> areas, List<String> projects, List<Scope> scopes,
                         List<Measure> measures, Frequency frequency, Period from, Period to) {

    ObservationFilter {
        if (from != null && to != null && from.start().isAfter(to.start())) {
            throw ApiException.badParameter("from", "period " + from.text() + " is after 'to' " + to.text());
        }
    }

    Where where() {
        return new Where()
                .and("i.code in :indicators", "indicators", indicators)
                .and("a.code in :areas", "areas", areas)
                .and("p.code in :projects", "projects", projects)
                .and("o.scope in :scopes", "scopes", scopes)
                .and("o.measure in :measures", "measures", measures)
                .and("o.frequency = :frequency", "frequency", frequency)
                .and("o.periodStart >= :from", "from", from == null ? null : from.start())
                .and("o.periodStart < :to", "to", to == null ? null : to.end());
    }
}
