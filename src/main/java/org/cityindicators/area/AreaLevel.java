package org.cityindicators.area;

import org.cityindicators.api.Coded;
import org.cityindicators.db.CodedConverter;

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
