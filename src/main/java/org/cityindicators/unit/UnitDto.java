package org.cityindicators.unit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

/** A unit as clients see it: its code, symbol in the chosen language, its kind and how it converts to base units. */
@Schema(name = "Unit")
public record UnitDto(
        @Schema(example = "CNY_100M") String code,
        @Schema(description = "Symbol in the chosen language", example = "亿元") String symbol,
        @Schema(description = "Symbols in Chinese and English; only with lang=all", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> symbols,
        @Schema(example = "money") UnitKind kind,
        @Schema(description = "Currency (ISO 4217) of a money unit; absent for other kinds", nullable = true, example = "CNY")
        @JsonInclude(JsonInclude.Include.NON_NULL) String currency,
        @Schema(description = "Base unit (the currency for money, PERSON for 万人), when the unit converts to one",
                nullable = true, example = "CNY") String baseUnit,
        @Schema(description = "Multiply a value by this to get base units; exact", nullable = true, example = "100000000")
        BigDecimal baseFactor) {

    public static UnitDto from(Unit unit, Lang lang) {
        return new UnitDto(unit.code, unit.symbol(lang), lang.both(unit.symbolZh, unit.symbolEn), unit.kind,
                unit.kind == UnitKind.MONEY ? unit.baseUnit : null, unit.baseUnit, unit.baseFactor);
    }
}
