package org.cityindicators.observation;

import org.cityindicators.db.CodedConverter;
import org.cityindicators.domain.Coded;

/** The kind of an observation period: its length, or months of one year to date (cumulative). */
public enum Frequency implements Coded {
    YEAR,
    HALF_YEAR,
    QUARTER,
    MONTH,
    YEAR_TO_DATE;

    /** Stores the code. */
    @jakarta.persistence.Converter
    public static class Converter extends CodedConverter<Frequency> {
        public Converter() {
            super(Frequency.class);
        }
    }
}
