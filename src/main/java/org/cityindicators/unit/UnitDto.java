package org.cityindicators.unit;

import org.cityindicators.api.Lang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A unit as clients see it: its code, symbol in the chosen language and how it converts to base units. */
@Schema(name = "Unit")
public record UnitDto(
        @Schema(example = "CNY_100M") String code,
        @Schema(description = "Symbol in the chosen language", example = "亿元") String symbol,
        @Schema(example = "monetary") UnitKind kind,
        @Schema(description = "Base unit (ISO 4217 for money), when the unit converts to one", example = "CNY") String baseUnit,
        @Schema(description = "Multiply a value by this to get base units", example = "100000000") BigDecimal baseFactor) {

    public static UnitDto from(Unit unit, Lang lang) {
        return new UnitDto(unit.code, unit.symbol(lang), unit.kind, unit.baseUnit, unit.baseFactor);
    }
}
