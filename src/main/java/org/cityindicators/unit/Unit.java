package org.cityindicators.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.cityindicators.api.Lang;

import java.math.BigDecimal;

/** A unit of measure such as 亿元 (10^8 yuan) or %, with the factor that converts it to its base unit. */
@Entity
public class Unit extends PanacheEntityBase {

    @Id
    public String code;

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

    public String symbol(Lang lang) {
        return lang.pick(symbolZh, symbolEn);
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
