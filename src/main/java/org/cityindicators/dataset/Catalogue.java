package org.cityindicators.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The codes an observation row may refer to, read once from the database for validating a file. */
public record Catalogue(Map<String, IndicatorInfo> indicators, Map<String, String> unitKinds, Set<String> areas,
                 Set<String> projects, Set<String> sources) {

    /** What validation needs to know of an indicator. */
    record IndicatorInfo(String unit, boolean scoped) {
    }

    public static Catalogue read(Connection connection) throws SQLException {
        Map<String, IndicatorInfo> indicators = new HashMap<>();
        Map<String, String> unitKinds = new HashMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("select code, unit_code, scoped from indicator")) {
                while (rs.next()) {
                    indicators.put(rs.getString(1), new IndicatorInfo(rs.getString(2), rs.getBoolean(3)));
                }
            }
            try (ResultSet rs = st.executeQuery("select code, kind from unit")) {
                while (rs.next()) {
                    unitKinds.put(rs.getString(1), rs.getString(2));
                }
            }
            return new Catalogue(indicators, unitKinds, codes(st, "area"), codes(st, "project"), codes(st, "source"));
        }
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
