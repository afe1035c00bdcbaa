package org.cityindicators.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.cityindicators.domain.Lang;

import java.math.BigDecimal;
import java.math.MathContext;

/** A unit of measure such as 亿元 (10^8 yuan), 万人 or %, with the factor that converts it to its base unit. */
@Entity
public class Unit extends PanacheEntityBase {

    @Id
    public String code;

    /** Incremented by every change; the first part of the resource's ETags, which a write must send back in If-Match. */
    @Version
    public long version;

    @Column(name = "symbol_zh")
    public String symbolZh;

    @Column(name = "symbol_en")
    public String symbolEn;

    @Convert(converter = UnitKind.Converter.class)
    public UnitKind kind;

    @Column(name = "base_unit")
    public String baseUnit;

    @Column(name = "base_factor")
    public BigDecimal baseFactor;

    /** Whether an indicator or a figure refers to this unit: then its kind, base and factor are fixed. */
    public boolean inUse() {
        return getEntityManager().createNativeQuery("select exists (select from indicator where unit_code = ?1)"
                + " or exists (select from observation where unit_code = ?1)", Boolean.class).setParameter(1, code)
                .getSingleResult() == Boolean.TRUE;
    }

    /** Whether values in this unit and in another add up, once in base units: money of one currency, counts of one thing. */
    public boolean addsUpWith(Unit other) {
        return kind.additive() && kind == other.kind && baseUnit != null && baseUnit.equals(other.baseUnit);
    }

    public String symbol(Lang lang) {
        return lang.pick(symbolZh, symbolEn);
    }

    /** A value converted from a unit of one factor to another of the same base: exact, else to 34 significant digits. */
    public static BigDecimal convert(BigDecimal value, BigDecimal fromFactor, BigDecimal toFactor) {
        BigDecimal base = value.multiply(fromFactor);
        BigDecimal converted;
        try {
            converted = base.divide(toFactor);
        } catch (ArithmeticException endless) {
            converted = base.divide(toFactor, MathContext.DECIMAL128);
        }
        converted = converted.stripTrailingZeros();
        return converted.scale() < 0 ? converted.setScale(0) : converted;
    }

    /** A value in base units (yuan for money), exact and in plain notation; null when there is no factor. */
    public static BigDecimal toBase(BigDecimal value, BigDecimal baseFactor) {
        if (baseFactor == null || value == null) {
            return null;
        }
        BigDecimal base = value.multiply(baseFactor).stripTrailingZeros();
        return base.scale() < 0 ? base.setScale(0) : base;
    }
}
