package org.cityindicators.intake.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cityindicators.intake.Vocabulary;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The intake's vocabulary, read from the catalogue tables (indicators with their aliases, units, areas, projects), so
 * that a name or alias a steward adds through the catalogue is matched by the next draft.
 */
@ApplicationScoped
class CatalogueVocabulary {

    @Inject
    DataSource dataSource;

    Vocabulary read() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            Map<String, List<String>> aliases = aliases(st);
            List<Vocabulary.Indicator> indicators = rows(st, "select code, name_zh, name_en, unit_code, scoped, category "
                    + "from indicator order by code", rs -> new Vocabulary.Indicator(rs.getString(1), rs.getString(2),
                    rs.getString(3), aliases.getOrDefault(rs.getString(1), List.of()), rs.getString(4), rs.getBoolean(5),
                    rs.getString(6)));
            List<Vocabulary.Unit> units = rows(st, "select code, symbol_zh, symbol_en, kind, base_unit, base_factor from unit "
                    + "order by code", rs -> new Vocabulary.Unit(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getBigDecimal(6)));
            List<Vocabulary.Area> areas = rows(st, "select code, name_zh, name_en from area order by code",
                    rs -> new Vocabulary.Area(rs.getString(1), rs.getString(2), rs.getString(3)));
            List<Vocabulary.Project> projects = rows(st, "select code, name_zh, name_en, area_code from project order by code",
                    rs -> new Vocabulary.Project(rs.getString(1), rs.getString(2), rs.getString(3), List.of(), rs.getString(4)));
            return new Vocabulary(indicators, units, areas, projects);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Aliases by indicator code. */
    /** The indicators' other names as the catalogue holds them (shipped and set through the indicator PUT). */
    private static Map<String, List<String>> aliases(Statement st) throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        try (ResultSet rs = st.executeQuery("select indicator_code, alias from indicator_alias order by indicator_code, alias")) {
            while (rs.next()) {
                aliases.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return aliases;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> rows(Statement st, String sql, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
        }
        return out;
    }
}
