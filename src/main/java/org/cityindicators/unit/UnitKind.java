package org.cityindicators.unit;

import org.cityindicators.api.Coded;
import org.cityindicators.db.CodedConverter;

/** What a unit measures: money (convertible to yuan), a percentage, or a count. */
public enum UnitKind implements Coded {
    MONETARY,
    PERCENT,
    COUNT;

    /** Stores the code. */
    @jakarta.persistence.Converter
    public static class Converter extends CodedConverter<UnitKind> {
        public Converter() {
            super(UnitKind.class);
        }
    }
}
