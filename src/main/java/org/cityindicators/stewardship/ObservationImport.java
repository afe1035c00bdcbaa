package org.cityindicators.stewardship;

import io.quarkus.logging.Log;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cityindicators.api.ApiException;
import org.cityindicators.db.Sql;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulk import of figures, in the columns of the data files and of the CSV export. Rows are validated one by one
 * (every bad cell is reported with its line and column) and streamed into a staging table with COPY, so memory stays
 * flat; then, set-based: a row whose figure does not exist is inserted, one whose value, unit, qualifier, source or
 * quote differs becomes a new version of its figure, and an identical one changes nothing.
 */
public final class ObservationImport {

    static final int MAX_REPORTED_ERRORS = 1000;
    private static final String STAGED_COLUMNS = "line, indicator_code, area_code, project_code, scope, period, period_type, "
            + "period_start, measure, value, unit_code, qualifier, source_code, quote";

    /** The rows of an uploaded file, handed over one at a time. */
    public interface RowSource {
        void forEach(CsvTable.RowHandler handler) throws IOException;
    }

    /** What an import did, or would do in a dry run. */
    public record Report(boolean dryRun, long rows, long inserted, long revised, long unchanged) {
        Report asDryRun() {
            return new Report(true, rows, inserted, revised, unchanged);
        }

        String toJson() {
            return "{\"rows\":" + rows + ",\"inserted\":" + inserted + ",\"revised\":" + revised + ",\"unchanged\":" + unchanged + "}";
        }
    }

    /** A file with bad rows: nothing of it is applied. */
    public static final class Rejected extends RuntimeException {
        public final transient List<ObservationRow.Error> errors;
        public final long total;

        Rejected(List<ObservationRow.Error> errors, long total) {
            super(total + " problems in the file; nothing was imported", null, false, false);
            this.errors = errors;
            this.total = total;
        }
    }

    private final Connection connection;
    private final boolean keepStored;
    private final List<ObservationRow.Error> errors = new ArrayList<>();
    private long errorCount;

    /** With {@code keepStored}, a row that differs from the stored figure leaves it as it is (and is logged). */
    ObservationImport(Connection connection, boolean keepStored) {
        this.connection = connection;
        this.keepStored = keepStored;
    }

    Report run(RowSource source, String actor, String reason) throws SQLException {
        try (Statement st = connection.createStatement()) {
            // for this transaction only: the sorts, hashes and the insert's transition table of a large file stay in
            // memory instead of temporary files (a 1M-row insert spilled 214 MB)
            st.execute("set local work_mem = '256MB'");
            st.execute("set local jit = off"); // compiling took longer than it saved on these statements (160 ms each)
            st.execute("""
                    create temp table staged (line bigint, indicator_code text, area_code text, project_code text, scope text,
                        period text, period_type text, period_start date, measure text, value numeric, unit_code text,
                        qualifier text, source_code text, quote text, series_key text collate "C" generated always as
                        (figure_series_key(indicator_code, area_code, project_code, scope, measure, period_type)) stored)
                    on commit drop""");
        }
        long started = System.nanoTime();
        long rows = stage(source, Catalogue.read(connection));
        long staged = System.nanoTime();
        if (errorCount == 0) {
            findDuplicates();
        }
        if (errorCount > 0) {
            throw new Rejected(errors, errorCount);
        }
        long checked = System.nanoTime();
        plan();
        long[] counts = counts();
        long inserted = counts[0];
        long revised = counts[1];
        long planned = System.nanoTime();
        if (keepStored && revised > 0) {
            Log.warnf("%d figures of the file differ from the stored ones and were left as stored: "
                    + "corrections are revisions, made with PUT or an import", revised);
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("update planned set action = 'unchanged' where action = 'revise'");
            }
            revised = 0;
        }
        if (revised > 0 && (reason == null || reason.isBlank())) {
            throw ApiException.badParameter("reason", revised + " figures would be corrected; a correction says why it is made");
        }
        apply(actor, reason);
        Log.infof("import of %d rows: parsed and staged in %d ms, checked in %d ms, planned in %d ms, applied in %d ms",
                rows, ms(started, staged), ms(staged, checked), ms(checked, planned), ms(planned, System.nanoTime()));
        return new Report(false, rows, inserted, revised, rows - inserted - revised);
    }

    private long stage(RowSource source, Catalogue catalogue) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy staged (" + STAGED_COLUMNS + ") from stdin with (format csv)");
        long[] rows = {0};
        try (CSVPrinter printer = new CSVPrinter(new BufferedWriter(new CopyWriter(copy), 1 << 16), CSVFormat.RFC4180)) {
            source.forEach(row -> {
                rows[0]++;
                List<ObservationRow.Error> found = new ArrayList<>();
                ObservationRow r = ObservationRow.parse(row, catalogue, found);
                if (r == null) {
                    found.forEach(this::error);
                } else if (errorCount == 0) {
                    printer.printRecord(r.line(), r.indicator(), r.area(), r.project(), r.scope() == null ? null : r.scope().code(),
                            r.period().text(), r.period().frequency().code(), r.period().start(), r.measure().code(),
                            r.value().toPlainString(), r.unit(), r.qualifier().code(), r.source(), r.quote());
                }
            });
            printer.flush();
            copy.endCopy();
        } catch (DatasetException e) {
            error(e.error());
        } catch (StrictReader.Undecodable e) {
            error(new ObservationRow.Error(e.line, "row", e.getMessage()));
        } catch (IOException e) {
            Log.warnf("An import could not be read to its end: %s", e.toString());
            error(new ObservationRow.Error(0, "file", "could not be read to its end"));
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        if (rows[0] == 0 && errorCount == 0) {
            error(new ObservationRow.Error(0, "file", "no figures in the file"));
        }
        return rows[0];
    }

    private void findDuplicates() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("analyze staged"); // temporary tables are never analysed by autovacuum: plan() needs the row count
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("""
                select min(line), array_to_string((array_agg(line order by line))[1:10], ', '), count(*) from staged
                group by series_key, period_start, period
                having count(*) > 1 order by 1""")) {
            while (rs.next()) {
                long count = rs.getLong(3);
                error(new ObservationRow.Error(rs.getLong(1), "indicator", "lines " + rs.getString(2)
                        + (count > 10 ? " and " + (count - 10) + " more" : "") + " give the same figure"));
            }
        }
    }

    /**
     * Matches every staged row with the current version of its figure. Only rows of series that are stored at all are
     * looked up one by one (the gate before the lateral probe): a file of new series costs one probe per series.
     * {@code offset 0} keeps the probe a subquery, so that the gate is a one-time filter in front of it rather than a
     * join filter after it.
     */
    private void plan() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("""
                    create temp table planned on commit drop as
                    with stored_series as (
                        select k.series_key from (select distinct series_key from staged) k
                        where exists (select from observation o where o.superseded_at is null and o.series_key = k.series_key))
                    select s.*, c.id as current_id, c.figure_id,
                           case when c.id is null then 'insert'
                                when not c.withdrawn and c.value = s.value and scale(c.value) = scale(s.value)
                                     and c.unit_code = s.unit_code and c.qualifier = s.qualifier
                                     and c.source_code = s.source_code and c.quote = s.quote then 'unchanged'
                                else 'revise' end as action
                    from staged s
                    left join stored_series k on k.series_key = s.series_key
                    left join lateral (select o.id, o.figure_id, o.withdrawn, o.value, o.unit_code, o.qualifier, o.source_code,
                                              o.quote from observation o
                                       where k.series_key is not null and o.superseded_at is null
                                         and o.series_key = s.series_key and o.period_start = s.period_start
                                         and o.period = s.period
                                       offset 0) c on true""");
        }
    }

    /** The planned inserts and revisions, in one pass. */
    private long[] counts() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "select count(*) filter (where action = 'insert'), count(*) filter (where action = 'revise') from planned")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private void apply(String actor, String reason) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("update observation o set superseded_at = now() from planned p "
                    + "where o.id = p.current_id and p.action = 'revise'");
        }
        try (PreparedStatement st = connection.prepareStatement("""
                insert into observation (figure_id, indicator_code, area_code, project_code, scope, period, period_type,
                                         period_start, measure, value, unit_code, qualifier, source_code, quote,
                                         recorded_by, reason)
                select coalesce(figure_id, nextval('figure_id_seq')), indicator_code, area_code, project_code, scope, period,
                       period_type, period_start, measure, value, unit_code, qualifier, source_code, quote, ?,
                       case when action = 'revise' then ? end
                from planned where action <> 'unchanged' order by line""")) {
            Sql.bind(st, actor, reason);
            st.executeUpdate();
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private void error(ObservationRow.Error error) {
        errorCount++;
        if (errors.size() < MAX_REPORTED_ERRORS) {
            errors.add(error);
        }
    }

    /** Characters written to a COPY ... FROM STDIN as UTF-8. */
    private static final class CopyWriter extends Writer {
        private final CopyIn copy;

        CopyWriter(CopyIn copy) {
            this.copy = copy;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            byte[] bytes = new String(chars, offset, length).getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
