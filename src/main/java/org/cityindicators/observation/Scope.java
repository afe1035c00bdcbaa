package org.cityindicators.observation;

import org.cityindicators.db.CodedConverter;
import org.cityindicators.domain.Coded;

/**
 * Fiscal scope of a budget figure: the whole city consolidated (全市), the municipal government's own budget (市本级) or the
 * districts' budgets (区级).
 */
public enum Scope implements Coded {
    CONSOLIDATED,
    MUNICIPAL,
    DISTRICT_LEVEL;

    /** Stores the code. */
    @jakarta.persistence.Converter
    public static class Converter extends CodedConverter<Scope> {
        public Converter() {
            super(Scope.class);
        }
    }
}
