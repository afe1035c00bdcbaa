package org.cityindicators.dataset;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cityindicators.config.IndicatorsConfig;
import org.cityindicators.stewardship.Catalogue;
import org.cityindicators.stewardship.CsvTable;
import org.cityindicators.stewardship.DatasetException;
import org.cityindicators.stewardship.ObservationImport;
import org.cityindicators.stewardship.ObservationRow;
import org.cityindicators.stewardship.ObservationWriter;
import org.cityindicators.stewardship.StrictReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Loads the published figures shipped under {@code data/} at startup, in one transaction. Catalogue rows (units,
 * areas, sources, projects, categories, indicators with their aliases) are inserted or brought up to date; figures go
 * through the import every steward's file goes through, inserted when new and never replaced: a stored figure that
 * differs from the file is logged and kept, because corrections are revisions and must keep the earlier value. Files already loaded into the
 * database (same SHA-256, table {@code loaded_dataset}) are not loaded again at startup.
 */
@ApplicationScoped
public class DatasetImporter {

    static final List<Table> CATALOGUE = List.of(
            new Table("units.csv", "unit", List.of("code", "symbol_zh", "symbol_en", "kind", "base_unit", "base_factor:numeric"), null),
            new Table("areas.csv", "area", List.of("code", "name_zh", "name_en", "level"), "parent"),
            new Table("sources.csv", "source", List.of("code", "title", "publisher", "author", "published", "url", "licence", "note"), null),
            new Table("projects.csv", "project", List.of("code", "name_zh", "name_en", "area:area_code"), null),
            new Table("categories.csv", "category", List.of("code", "name_zh", "name_en", "display_order:integer"), null),
            new Table("indicators.csv", "indicator", List.of("code", "name_zh", "name_en", "description_zh", "description_en",
                    "category", "unit:unit_code", "scoped:boolean", "additive:boolean", "aliases:aliases"), "parent"));

    static final String SHIPPED = "data/";
    /** Every file of a dataset folder, in loading order. */
    static final List<String> FILES = Stream.concat(CATALOGUE.stream().map(Table::file),
            Stream.of("observations.csv")).toList();

    @Inject
    DataSource dataSource;

    @Inject
    IndicatorsConfig config;

    @Inject
    ObservationWriter writer;

    void onStart(@Observes StartupEvent event) {
        if (config.dataset().loadAtStart()) {
            loadUnlessLoaded(SHIPPED);
        }
    }

    /**
     * Loads the dataset under a folder unless these very files (by checksum) were loaded into this database before:
     * loading them again would change nothing but cost startup time. Returns null when skipped.
     */
    @Transactional
    public ObservationImport.Report loadUnlessLoaded(String folder) {
        String checksum = LoadedDatasets.checksum(folder, FILES);
        try (Connection connection = dataSource.getConnection()) {
            if (LoadedDatasets.contains(connection, checksum)) {
                Log.infof("The shipped dataset (sha-256 %s) is loaded already", checksum);
                return null;
            }
            ObservationImport.Report report = load(folder);
            LoadedDatasets.add(connection, checksum);
            Log.infof("Loaded the shipped dataset (sha-256 %s): %s", checksum, report);
            return report;
        } catch (SQLException e) {
            throw new DatasetException("Could not load the dataset: " + e.getMessage(), e);
        }
    }

    /** Loads every file of the dataset under a classpath folder; all or nothing. */
    @Transactional
    public ObservationImport.Report load(String folder) {
        try (Connection connection = dataSource.getConnection()) {
            for (Table table : CATALOGUE) {
                table.upsert(connection, read(folder + table.file(), table.required()));
            }
            checkParts(connection, folder);
        } catch (SQLException e) {
            throw new DatasetException("Could not load the dataset: " + e.getMessage(), e);
        }
        String path = folder + FILES.get(FILES.size() - 1);
        try {
            return writer.loadShipped(handler -> {
                try (InputStream in = resource(path)) {
                    CsvTable.stream(path, new StrictReader(in, StandardCharsets.UTF_8), ObservationRow.COLUMNS, handler);
                }
            });
        } catch (ObservationImport.Rejected e) {
            throw new DatasetException(path + ": " + e.total + " problems\n  "
                    + e.errors.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** A part and its whole must add up: both additive, in money of one currency or counts of one base (as the PUT checks). */
    private static void checkParts(Connection connection, String folder) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("""
                select c.code, cu.code, p.code, pu.code from indicator c join indicator p on p.code = c.parent_code
                join unit cu on cu.code = c.unit_code join unit pu on pu.code = p.unit_code
                where not (c.additive and p.additive and cu.kind in ('money', 'count') and cu.kind = pu.kind
                           and cu.base_unit = pu.base_unit)
                order by c.code limit 1""")) {
            if (rs.next()) {
                throw new DatasetException(folder + "indicators.csv: " + rs.getString(1) + " in " + rs.getString(2)
                        + " cannot be a part of " + rs.getString(3) + " in " + rs.getString(4) + ": a part and its whole "
                        + "must both be additive and in money of one currency or counts of one base");
            }
        }
    }

    static InputStream resource(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new DatasetException("Data file " + path + " is missing");
        }
        return in;
    }

    private static CsvTable read(String path, List<String> required) {
        try (InputStream in = resource(path)) {
            return CsvTable.read(path, in, required);
        } catch (IOException e) {
            throw new DatasetException("Could not read " + path, e);
        }
    }
}
