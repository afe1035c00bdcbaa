package org.cityindicators.observation;

import org.cityindicators.db.CodedConverter;
import org.cityindicators.domain.Coded;
import org.cityindicators.unit.UnitKind;

/** What a figure measures; part of its identity: a plan and an outcome of the same indicator are different figures. */
public enum Measure implements Coded {
    ACTUAL,
    PLANNED,
    ADJUSTED_BUDGET,
    PLANNED_GROWTH,
    YOY_GROWTH,
    SHARE,
    EXECUTION_RATE,
    /** A change in percentage points (提高/下降 N个百分点), in a percentage-point unit. */
    PP_CHANGE,
    /** Progress against the budget set at the start of the year (完成年初预算36.7%), in percent. */
    BUDGET_PROGRESS,
    /** Ahead of (positive) or behind (negative) the time schedule (快于/慢于序时进度N个百分点), in percentage points. */
    SCHEDULE_GAP;

    /** Whether this is a level (an amount or a count in its indicator's quantity) rather than a rate. */
    public boolean level() {
        return this == ACTUAL || this == PLANNED || this == ADJUSTED_BUDGET;
    }

    /** The kind of unit a rate is in (percent, or percentage points for changes of a rate); null for a level. */
    public UnitKind rateKind() {
        return level() ? null : this == PP_CHANGE || this == SCHEDULE_GAP ? UnitKind.PERCENTAGE_POINT : UnitKind.PERCENT;
    }

    /** Whether values may be negative: growths and changes (下降1.1% is -1.1); levels and proportions cannot. */
    public boolean signed() {
        return this == PLANNED_GROWTH || this == YOY_GROWTH || this == PP_CHANGE || this == SCHEDULE_GAP;
    }

    /** Stores the code. */
    @jakarta.persistence.Converter
    public static class Converter extends CodedConverter<Measure> {
        public Converter() {
            super(Measure.class);
        }
    }
}
