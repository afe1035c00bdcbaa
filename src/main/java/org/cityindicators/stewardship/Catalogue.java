package org.cityindicators.stewardship;

import org.cityindicators.observation.Measure;
import org.cityindicators.unit.UnitKind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The codes an observation row may refer to, read once from the database for validating a file. */
public record Catalogue(Map<String, IndicatorInfo> indicators, Map<String, UnitInfo> units, Set<String> areas,
                 Set<String> projects, Set<String> sources) {

    /** What validation needs to know of an indicator. */
    record IndicatorInfo(String unit, boolean scoped) {
    }

    /** What validation needs to know of a unit: its kind and its base unit (the currency for money). */
    record UnitInfo(String kind, String base) {
    }

    public static Catalogue read(Connection connection) throws SQLException {
        Map<String, IndicatorInfo> indicators = new HashMap<>();
        Map<String, UnitInfo> units = new HashMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("select code, unit_code, scoped from indicator")) {
                while (rs.next()) {
                    indicators.put(rs.getString(1), new IndicatorInfo(rs.getString(2), rs.getBoolean(3)));
                }
            }
            try (ResultSet rs = st.executeQuery("select code, kind, base_unit from unit")) {
                while (rs.next()) {
                    units.put(rs.getString(1), new UnitInfo(rs.getString(2), rs.getString(3)));
                }
            }
            return new Catalogue(indicators, units, codes(st, "area"), codes(st, "project"), codes(st, "source"));
        }
    }

    /**
     * Why a known unit does not fit a figure of a known indicator, or null when it does: a rate is in percent (a change
     * of a rate in percentage points); a level is in a unit of the indicator's kind and base (万元 for a 亿元 indicator).
     */
    String unitProblem(String indicator, Measure measure, String unit) {
        UnitInfo given = units.get(unit);
        UnitKind rateKind = measure.rateKind();
        if (rateKind != null) {
            return rateKind.code().equals(given.kind()) ? null
                    : measure.code() + " is a rate; its unit must be a " + rateKind.code() + " unit, not " + unit;
        }
        String own = indicators.get(indicator).unit();
        UnitInfo expected = units.get(own);
        boolean fits = unit.equals(own) || expected.kind().equals(given.kind()) && given.base() != null
                && Objects.equals(expected.base(), given.base());
        return fits ? null : indicator + " is measured in " + own + ", not " + unit + " (a level may be in another "
                + expected.kind() + " unit of the same base)";
    }

    private static Set<String> codes(Statement st, String table) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (ResultSet rs = st.executeQuery("select code from " + table)) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
