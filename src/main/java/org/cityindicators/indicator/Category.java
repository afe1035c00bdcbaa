package org.cityindicators.indicator;

import org.cityindicators.api.Coded;
import org.cityindicators.db.CodedConverter;

/** Subject group of an indicator in the catalogue. */
public enum Category implements Coded {
    BUDGET,
    GDP,
    INDUSTRY,
    INVESTMENT,
    CONSUMPTION,
    DEBT,
    PROJECT,
    POPULATION;

    /** Stores the code. */
    @jakarta.persistence.Converter
    public static class Converter extends CodedConverter<Category> {
        public Converter() {
            super(Category.class);
        }
    }
}
