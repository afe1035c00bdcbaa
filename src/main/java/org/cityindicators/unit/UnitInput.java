package org.cityindicators.unit;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cityindicators.api.ApiException;
import org.cityindicators.domain.Coded;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A unit as an administrator writes it. */
@Schema(name = "UnitInput")
record UnitInput(
        @NotBlank @Size(max = 32) @Schema(required = true, example = "万人") String symbolZh,
        @NotBlank @Size(max = 64) @Schema(required = true, example = "10 thousand persons") String symbolEn,
        @NotBlank @Schema(required = true, example = "count", enumeration = {"money", "count", "percent", "per_mille",
                "percentage_point", "index", "physical"}) String kind,
        @Pattern(regexp = "[A-Z][A-Z_]{1,15}", message = "must be an upper-case code such as CNY, USD or PERSON")
        @Schema(description = "Base unit; for money its ISO 4217 currency. Required for money, count and physical units",
                example = "PERSON") String baseUnit,
        @DecimalMin(value = "0", inclusive = false) @Schema(description = "Exact factor to the base unit", example = "10000")
        BigDecimal baseFactor) {

    /** Checks what annotations cannot: the kind, a currency for money, a base and factor given together. */
    void check() {
        UnitKind unitKind = Coded.parse(UnitKind.class, kind, "kind");
        if ((baseUnit == null) != (baseFactor == null)) {
            throw ApiException.badParameter(baseUnit == null ? "baseUnit" : "baseFactor", "give baseUnit and baseFactor together");
        }
        if (unitKind == UnitKind.MONEY && (baseUnit == null || !baseUnit.matches("[A-Z]{3}"))) {
            throw ApiException.badParameter("baseUnit", "a money unit names its currency (ISO 4217, such as CNY or USD)");
        }
        if ((unitKind.additive() || unitKind == UnitKind.PHYSICAL) && baseUnit == null) {
            throw ApiException.badParameter("baseUnit", "a " + kind + " unit needs a base unit and factor");
        }
    }

    /** 409 when a unit in use would change what its values mean; its labels may change. */
    void checkMeaningKept(Unit unit) {
        boolean sameMeaning = kind.equals(unit.kind.code()) && Objects.equals(baseUnit, unit.baseUnit)
                && (baseFactor == null ? unit.baseFactor == null
                : unit.baseFactor != null && baseFactor.compareTo(unit.baseFactor) == 0);
        if (!sameMeaning && unit.inUse()) {
            throw new ApiException(409, "Conflict", "Unit " + unit.code + " is used by indicators or figures: its symbols "
                    + "may change, not its kind, base unit or factor", List.of());
        }
    }

    boolean sameAs(Unit u) {
        return symbolZh.equals(u.symbolZh) && symbolEn.equals(u.symbolEn) && kind.equals(u.kind.code())
                && Objects.equals(baseUnit, u.baseUnit)
                && (baseFactor == null ? u.baseFactor == null : u.baseFactor != null && baseFactor.compareTo(u.baseFactor) == 0);
    }

    void applyTo(Unit u, String code) {
        if (u.code != null) {
            checkMeaningKept(u);
        }
        u.code = code;
        u.symbolZh = symbolZh;
        u.symbolEn = symbolEn;
        u.kind = Coded.parse(UnitKind.class, kind, "kind");
        u.baseUnit = baseUnit;
        u.baseFactor = baseFactor;
    }
}
