package org.cityindicators.observation;

import org.cityindicators.domain.Coded;
import org.cityindicators.unit.Unit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of observation_view: a figure with the labels of everything it refers to, in both languages. */
public record StoredObservation(long id, String seriesKey, String indicator, String indicatorZh, String indicatorEn,
                        String area, String areaZh, String areaEn, String project, String projectZh, String projectEn,
                        Scope scope, String period, Frequency frequency, LocalDate periodStart, Measure measure,
                        BigDecimal value, String unit, String unitZh, String unitEn, String baseUnit, BigDecimal baseFactor,
                        Qualifier qualifier, String source, String quote, OffsetDateTime recordedAt, String recordedBy,
                        String reason, boolean withdrawn, long figureId, OffsetDateTime supersededAt,
                        LocalDate periodEnd) {

    /** The columns read, in the order of the view. */
    static final String COLUMNS = "id, series_key, indicator_code, indicator_name_zh, indicator_name_en, area_code, "
            + "area_name_zh, area_name_en, project_code, project_name_zh, project_name_en, scope, period, period_type, "
            + "period_start, measure, value, unit_code, unit_symbol_zh, unit_symbol_en, base_unit, base_factor, qualifier, "
            + "source_code, quote, recorded_at, recorded_by, reason, withdrawn, figure_id, superseded_at, period_end";
    /** The number of parts of {@link #key()}. */
    static final int KEY_LENGTH = 4;

    static StoredObservation read(ResultSet rs) throws SQLException {
        return new StoredObservation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                member(Scope.class, rs.getString(12)), rs.getString(13), member(Frequency.class, rs.getString(14)),
                rs.getObject(15, LocalDate.class), member(Measure.class, rs.getString(16)), rs.getBigDecimal(17),
                rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), rs.getBigDecimal(22),
                member(Qualifier.class, rs.getString(23)), rs.getString(24), rs.getString(25),
                rs.getObject(26, OffsetDateTime.class), rs.getString(27), rs.getString(28), rs.getBoolean(29),
                rs.getLong(30), rs.getObject(31, OffsetDateTime.class), rs.getObject(32, LocalDate.class));
    }

    /** The value in base units (yuan for money), exact; null when the unit has none. */
    public BigDecimal valueBase() {
        return Unit.toBase(value, baseFactor);
    }

    /**
     * The value in the unit of another figure (a 万元 part in the 亿元 of its whole), exact where the quotient ends; null
     * when the two cannot be compared: different units without a common base (percent, or yuan and persons).
     */
    public BigDecimal valueInUnitOf(StoredObservation target) {
        if (unit.equals(target.unit())) {
            return value;
        }
        if (baseUnit == null || !baseUnit.equals(target.baseUnit()) || baseFactor == null || target.baseFactor() == null) {
            return null;
        }
        return Unit.convert(value, baseFactor, target.baseFactor());
    }

    /** The sort key of the row in every list, as a cursor to continue after it. */
    Object[] key() {
        return new Object[] {seriesKey, periodStart.toString(), periodEnd.toString(), id};
    }

    private static <E extends Enum<E> & Coded> E member(Class<E> type, String code) {
        return Coded.stored(type, code);
    }
}
