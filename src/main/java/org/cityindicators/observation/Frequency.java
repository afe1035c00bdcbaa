package org.cityindicators.observation;

import org.cityindicators.api.Coded;
import org.cityindicators.db.CodedConverter;

/** Length of an observation period. */
public enum Frequency implements Coded {
    YEAR,
    MONTH;

    /** Stores the code. */
    @jakarta.persistence.Converter
    public static class Converter extends CodedConverter<Frequency> {
        public Converter() {
            super(Frequency.class);
        }
    }
}
