package org.cityindicators.unit;

import org.cityindicators.db.CodedConverter;
import org.cityindicators.domain.Coded;

/** What a unit measures: money (in a currency), a count, a rate (percent, per mille, percentage points), an index or a physical quantity. */
public enum UnitKind implements Coded {
    MONEY,
    COUNT,
    PERCENT,
    PER_MILLE,
    PERCENTAGE_POINT,
    INDEX,
    PHYSICAL;

    /** Whether values of this kind in one base add up to a whole (money of one currency, counts of one thing). */
    public boolean additive() {
        return this == MONEY || this == COUNT;
    }

    /** Stores the code. */
    @jakarta.persistence.Converter
    public static class Converter extends CodedConverter<UnitKind> {
        public Converter() {
            super(UnitKind.class);
        }
    }
}
