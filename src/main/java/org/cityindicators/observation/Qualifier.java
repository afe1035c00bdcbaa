package org.cityindicators.observation;

import org.cityindicators.db.CodedConverter;
import org.cityindicators.domain.Coded;

/** How a published value bounds the true one: 突破/超 give a lower bound, 约 an approximation, 近 a value slightly below. */
public enum Qualifier implements Coded {
    EXACT,
    MORE_THAN,
    ABOUT,
    NEARLY;

    /** Stores the code. */
    @jakarta.persistence.Converter
    public static class Converter extends CodedConverter<Qualifier> {
        public Converter() {
            super(Qualifier.class);
        }
    }
}
