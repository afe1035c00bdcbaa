package org.cityindicators.observation;

import org.cityindicators.api.Coded;
import org.cityindicators.db.CodedConverter;

/** What a figure measures; part of its identity: a plan and an outcome of the same indicator are different figures. */
public enum Measure implements Coded {
    ACTUAL,
    PLANNED,
    ADJUSTED_BUDGET,
    PLANNED_GROWTH,
    YOY_GROWTH,
    SHARE,
    EXECUTION_RATE;

    /** Stores the code. */
    @jakarta.persistence.Converter
    public static class Converter extends CodedConverter<Measure> {
        public Converter() {
            super(Measure.class);
        }
    }
}
