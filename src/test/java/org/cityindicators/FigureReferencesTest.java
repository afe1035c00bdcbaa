package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The database itself refuses figures that do not fit the catalogue and catalogue changes that would strand figures
 * (V5: checked once per statement instead of by per-row foreign keys), whatever writes bypass the service's checks.
 */
@QuarkusTest
class FigureReferencesTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void figure() {
        GeneratedData.monthlyFigures(dataSource, 1, 2);
    }

    @AfterEach
    void clear() {
        GeneratedData.clear(dataSource);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "test.gen.missing | 440703 |            | actual | CNY_100M | jmdaily-2024-02-gdp",
            "test.gen.i001    | 449999 |            | actual | CNY_100M | jmdaily-2024-02-gdp",
            "test.gen.i001    | 440703 |            | actual | CNY_100M | no-such-source",
            "test.gen.i001    | 440703 |            | actual | PERCENT  | jmdaily-2024-02-gdp",
            "test.gen.i001    | 440703 |            | share  | CNY_100M | jmdaily-2024-02-gdp",
            "test.gen.i001    | 440703 | municipal  | actual | CNY_100M | jmdaily-2024-02-gdp",
            "test.gen.i001    | 440703 |            | actual | NO_UNIT  | jmdaily-2024-02-gdp"})
    void aFigureThatDoesNotFitTheCatalogueIsRefusedWithItsWholeStatement(String indicator, String area, String scope,
                                                                         String measure, String unit, String source)
            throws SQLException {
        String bad = "('%s', '%s', %s, '2031', 'year', date '2031-01-01', '%s', 1.5, '%s', 'exact', '%s', 'x')".formatted(
                indicator, area, scope == null ? "null" : "'" + scope + "'", measure, unit, source);
        String good = "('test.gen.i001', '440703', null, '2030', 'year', date '2030-01-01', 'actual', 1.5, 'CNY_100M', "
                + "'exact', 'jmdaily-2024-02-gdp', 'x')";
        assertRefused("insert into observation (indicator_code, area_code, scope, period, period_type, period_start, "
                + "measure, value, unit_code, qualifier, source_code, quote) values " + good + ", " + bad);
        assertRefused("update observation set unit_code = 'PERCENT' where indicator_code = 'test.gen.i001'");
        assertEquals(4, count("select count(*) from observation where indicator_code like 'test.gen.%' and unit_code = 'CNY_100M'"));
        assertEquals(0, count("select count(*) from observation where period in ('2030', '2031')"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "update indicator set unit_code = 'CNY' where code = 'test.gen.i001'",
            "update indicator set scoped = true where code = 'test.gen.i001'",
            "delete from indicator where code = 'test.gen.i001'",
            "delete from area where code = '440703'",
            "delete from source where code = 'jmdaily-2024-02-gdp'",
            "delete from unit where code = 'CNY_100M'"})
    void aCatalogueChangeThatWouldStrandFiguresIsRefused(String change) {
        assertRefused(change);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void assertRefused(String sql) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GeneratedData.execute(dataSource, sql));
        assertEquals("23503", assertInstanceOf(SQLException.class, e.getCause()).getSQLState(), e.getCause().getMessage());
    }
}
