package org.cityindicators.area;

import org.cityindicators.db.CodedConverter;
import org.cityindicators.domain.Coded;

/** Level of an administrative division. */
public enum AreaLevel implements Coded {
    PROVINCE,
    PREFECTURE,
    DISTRICT,
    COUNTY_CITY,
    COUNTY;

    /** Stores the code. */
    @jakarta.persistence.Converter
    public static class Converter extends CodedConverter<AreaLevel> {
        public Converter() {
            super(AreaLevel.class);
        }
    }
}
