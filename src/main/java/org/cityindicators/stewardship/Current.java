package org.cityindicators.stewardship;

import org.cityindicators.api.ApiException;
import org.cityindicators.db.Sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/** The current version of a figure, read under the writers' lock. */
record Current(long versionId, long figureId, String identity, BigDecimal value, String unit, String qualifier,
               String source, String quote, boolean withdrawn) {

    private static final String SELECT = "select id, figure_id, series_key || '@' || period, value, unit_code, qualifier, "
            + "source_code, quote, withdrawn from observation where superseded_at is null";

    /** The current version of a figure; 404 when there is no such figure. */
    static Current byFigure(Connection c, long figureId) throws SQLException {
        Current current = one(c, SELECT + " and figure_id = ?", figureId);
        if (current == null) {
            throw ApiException.notFound("figure", Long.toString(figureId));
        }
        return current;
    }

    /** The current version of the figure a row describes, or null. */
    static Current byIdentity(Connection c, ObservationRow r) throws SQLException {
        return one(c, SELECT + " and series_key = figure_series_key(?, ?, ?, ?, ?, ?) and period_start = ? and period = ?",
                r.indicator(), r.area(), r.project(), r.scope() == null ? null : r.scope().code(), r.measure().code(),
                r.period().frequency().code(), r.period().start(), r.period().text());
    }

    boolean sameIdentity(ObservationRow r) {
        String key = String.join("|", r.indicator(), Objects.toString(r.area(), ""), Objects.toString(r.project(), ""),
                r.scope() == null ? "" : r.scope().code(), r.measure().code(), r.period().frequency().code())
                + "@" + r.period().text();
        return identity.equals(key);
    }

    /** Same value (with the same published decimals), unit, qualifier, source and quote. */
    boolean sameContent(ObservationRow r) {
        return value.equals(r.value()) && unit.equals(r.unit()) && qualifier.equals(r.qualifier().code())
                && source.equals(r.source()) && quote.equals(r.quote());
    }

    void supersede(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update observation set superseded_at = now() where id = ?")) {
            st.setLong(1, versionId);
            st.executeUpdate();
        }
    }

    private static Current one(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            Sql.bind(st, values);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Current(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9));
            }
        }
    }
}
