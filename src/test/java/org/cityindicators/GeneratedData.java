package org.cityindicators;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Figures generated straight into the database for tests that need more than the shipped ones. Everything it
 * creates uses indicator codes under {@code test.} and is removed by {@link #clear}.
 */
final class GeneratedData {

    private GeneratedData() {
    }

    static void execute(DataSource dataSource, String... statements) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code indicators} indicators × 2 districts × {@code months} months of actual figures in 亿元. */
    static void monthlyFigures(DataSource dataSource, int indicators, int months) {
        execute(dataSource, """
                insert into indicator (code, name_zh, name_en, category, unit_code, scoped)
                select 'test.gen.i' || lpad(i::text, 3, '0'), '生成指标' || i, 'Generated ' || i, 'consumption', 'CNY_100M', false
                from generate_series(1, %d) i""".formatted(indicators), """
                insert into observation (indicator_code, area_code, scope, period, period_type, period_start, measure, value,
                                         unit_code, qualifier, source_code, quote)
                select 'test.gen.i' || lpad(i::text, 3, '0'), a, null, to_char(d, 'YYYY-MM'), 'month', d, 'actual',
                       round((random() * 1000)::numeric, 2), 'CNY_100M', 'exact', 'jmdaily-2024-02-gdp', 'generated'
                from generate_series(1, %d) i, unnest(array['440703', '440704']) a,
                     generate_series(date '1900-01-01', date '1900-01-01' + interval '1 month' * (%d - 1), interval '1 month') d
                """.formatted(indicators, months));
    }

    /** An indicator in 亿元 without fiscal scope, for figures a test writes through the API. */
    static void indicator(DataSource dataSource, String code, String nameZh, String nameEn) {
        execute(dataSource, "insert into indicator (code, name_zh, name_en, category, unit_code, scoped) values ('" + code
                + "', '" + nameZh + "', '" + nameEn + "', 'population', 'CNY_100M', false)");
    }

    /** {@link #clear}, and the audit entries of the test editor's writes. */
    static void clearWrites(DataSource dataSource) {
        execute(dataSource, "delete from audit_log where actor = 'erin.editor'");
        clear(dataSource);
    }

    static void clear(DataSource dataSource) {
        execute(dataSource, "delete from observation where indicator_code like 'test.%'",
                "delete from indicator where code like 'test.%'", "delete from unit where code like 'TEST_%'");
    }
}
