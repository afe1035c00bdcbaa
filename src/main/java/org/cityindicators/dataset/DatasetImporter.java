package org.cityindicators.dataset;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cityindicators.config.IndicatorsConfig;
import org.cityindicators.observation.ObservationMetrics;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads the published figures shipped under {@code data/} at startup, in one transaction.
 * Catalogue rows (units, areas, sources, projects, indicators) are inserted or brought up to date; figures are
 * inserted when new and never overwritten: a stored figure that differs from the file is reported, not replaced,
 * because corrections are revisions and must keep the earlier value.
 */
@ApplicationScoped
public class DatasetImporter {

    static final List<Table> CATALOGUE = List.of(
            new Table("units.csv", "unit", List.of("code", "symbol_zh", "symbol_en", "kind", "base_unit", "base_factor:numeric"), null),
            new Table("areas.csv", "area", List.of("code", "name_zh", "name_en", "level"), "parent"),
            new Table("sources.csv", "source", List.of("code", "title", "publisher", "author", "published", "url", "licence", "note"), null),
            new Table("projects.csv", "project", List.of("code", "name_zh", "name_en", "area:area_code"), null),
            new Table("indicators.csv", "indicator", List.of("code", "name_zh", "name_en", "description_zh", "description_en",
                    "category", "unit:unit_code", "scoped:boolean"), "parent"));

    @Inject
    DataSource dataSource;

    @Inject
    IndicatorsConfig config;

    @Inject
    ObservationMetrics metrics;

    void onStart(@Observes StartupEvent event) {
        if (config.dataset().loadAtStart()) {
            Log.infof("Loaded the shipped dataset: %s", load("data/"));
        }
    }

    /** Loads every file of the dataset under a classpath folder; all or nothing. */
    public Summary load(String folder) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (Table table : CATALOGUE) {
                    table.upsert(connection, read(folder + table.file(), table.required()));
                }
                Summary summary = loadObservations(connection, read(folder + "observations.csv", ObservationRow.COLUMNS));
                connection.commit();
                metrics.imported(summary.inserted());
                return summary;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatasetException("Could not load the dataset: " + e.getMessage(), e);
        }
    }

    /** Counts of a load: figures in the file, newly inserted, and already stored with a different value. */
    public record Summary(int rows, int inserted, int differing) {
        @Override
        public String toString() {
            return rows + " figures in the file, " + inserted + " new, " + differing + " differing from the stored value";
        }
    }

    private Summary loadObservations(Connection connection, CsvTable table) throws SQLException {
        Catalogue catalogue = Catalogue.read(connection);
        List<ObservationRow.Error> errors = new ArrayList<>();
        List<ObservationRow> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            ObservationRow parsed = ObservationRow.parse(row, catalogue, errors);
            if (parsed != null) {
                rows.add(parsed);
            }
        }
        if (!errors.isEmpty()) {
            throw new DatasetException(table.name() + ": " + errors.size() + " bad cells\n  "
                    + errors.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
        }
        int inserted = 0;
        int differing = 0;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into observation (indicator_code, area_code, project_code, scope, period, period_type, period_start,
                                         measure, value, unit_code, qualifier, source_code, quote)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (indicator_code, area_code, project_code, scope, measure, period) where superseded_at is null do nothing""");
             PreparedStatement same = connection.prepareStatement("""
                select count(*) from observation where indicator_code = ? and area_code is not distinct from ?
                  and project_code is not distinct from ? and scope is not distinct from ? and period = ? and measure = ?
                  and value = ? and scale(value) = scale(?::numeric) and unit_code = ? and qualifier = ? and superseded_at is null""")) {
            for (ObservationRow r : rows) {
                Object[] identity = {r.indicator(), r.area(), r.project(), code(r.scope()), r.period().text()};
                bind(insert, identity[0], identity[1], identity[2], identity[3], identity[4],
                        r.period().frequency().code(), r.period().start(), r.measure().code(), r.value(), r.unit(),
                        r.qualifier().code(), r.source(), r.quote());
                if (insert.executeUpdate() == 1) {
                    inserted++;
                    continue;
                }
                bind(same, identity[0], identity[1], identity[2], identity[3], identity[4], r.measure().code(),
                        r.value(), r.value(), r.unit(), r.qualifier().code());
                try (var rs = same.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        differing++;
                        Log.warnf("%s line %d: %s %s differs from the stored figure; stored value kept (corrections are revisions)",
                                table.name(), r.line(), r.indicator(), r.period().text());
                    }
                }
            }
        }
        return new Summary(rows.size(), inserted, differing);
    }

    private static String code(org.cityindicators.api.Coded member) {
        return member == null ? null : member.code();
    }

    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static CsvTable read(String path, List<String> required) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new DatasetException("Data file " + path + " is missing");
            }
            return CsvTable.read(path, in, required);
        } catch (IOException e) {
            throw new DatasetException("Could not read " + path, e);
        }
    }
}
