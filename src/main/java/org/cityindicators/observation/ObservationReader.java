package org.cityindicators.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Paging;
import org.cityindicators.cache.DatasetVersion;
import org.cityindicators.cache.PerVersion;
import org.cityindicators.db.Sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads published figures from observation_view: pages, whole series, the latest snapshot and streams for export. */
@ApplicationScoped
public class ObservationReader {

    static final String ORDER = " order by series_key, period_start, period_end, id";
    /**
     * Rows fetched at a time by an export. Small enough that a fetch (about 0.4 MB of row bytes) dies young: with 2,000
     * rows it outgrew the serial collector's survivor space in the small heap the image starts with, reached the old
     * generation a megabyte per collection, and on JDK 25 the full collection that followed grew the heap to its limit
     * (a 1M-row export peaked at 430 MB RSS instead of 226 MB); the extra round trips cost nothing measurable.
     */
    private static final int STREAM_FETCH_SIZE = 500;

    @Inject
    DataSource dataSource;

    @Inject
    ObservationMetrics metrics;

    /** A row handler that may write to a client. */
    public interface RowSink {
        void accept(StoredObservation row) throws IOException;
    }

    /** A filter that selects every current figure. */
    public static ObservationFilter everything() {
        return new ObservationFilter(List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null);
    }

    List<StoredObservation> page(ObservationFilter filter, Paging paging) {
        Sql sql = filter.select(StoredObservation.COLUMNS, "observation_view");
        if (!paging.first()) {
            List<String> key = paging.after();
            sql.append(" where (series_key, period_start, period_end, id) > (?, ?, ?, ?)", key.get(0), parseDate(key.get(1)),
                    parseDate(key.get(2)), parseId(key.get(3)));
        }
        return list(sql.append(ORDER + " limit ?", paging.limit()));
    }

    @Inject
    DatasetVersion version;

    /** Totals already counted for the current data version: paging through a filter counts it once, not per page. */
    private final PerVersion<ObservationFilter, Long> totals = new PerVersion<>(10_000);

    /** The number of figures the filter matches (for a page's total), counted once per filter and data version. */
    long count(ObservationFilter filter) {
        return totals.get(version, filter, this::countNow);
    }

    private long countNow(ObservationFilter filter) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = filter.select("count(*)", "observation").prepare(c);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<StoredObservation> all(ObservationFilter filter) {
        return list(filter.select(StoredObservation.COLUMNS, "observation_view").append(ORDER));
    }

    /**
     * The newest figure of each indicator, scope, measure and frequency reported for an area. A skip scan over the
     * area's series keys (one index probe each, V4) rather than a scan of all its figures.
     */
    List<StoredObservation> latest(String areaCode) {
        return list(new Sql().append("with recursive series as ("
                + "(select series_key from observation where area_code = ? and superseded_at is null and not withdrawn"
                + " order by series_key limit 1) union all select (select o.series_key from observation o"
                + " where o.area_code = ? and o.superseded_at is null and not o.withdrawn and o.series_key > series.series_key"
                + " order by o.series_key limit 1) from series where series.series_key is not null)"
                + " select " + StoredObservation.COLUMNS + " from (select v.* from series cross join lateral (select o.id from observation o"
                + " where o.area_code = ? and o.series_key = series.series_key and o.superseded_at is null and not o.withdrawn"
                + " order by o.period_start desc, o.period_end desc, o.id desc limit 1) newest join observation_view v on v.id = newest.id) figures"
                + ORDER, areaCode, areaCode, areaCode));
    }

    /** The current version of a figure, withdrawn or not; null when there is no such figure. */
    public StoredObservation figure(long figureId) {
        List<StoredObservation> rows = list(new Sql().append("select " + StoredObservation.COLUMNS
                + " from observation_view where figure_id = ? and superseded_at is null", figureId));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Every version of a figure, oldest first. */
    public List<StoredObservation> history(long figureId) {
        return list(new Sql().append("select " + StoredObservation.COLUMNS + " from observation_view where figure_id = ? order by id",
                figureId));
    }

    /** Versions recorded after the version {@code afterId}, in the order they were committed (ids grow so). */
    public List<StoredObservation> versionsAfter(long afterId, int limit) {
        return list(new Sql().append("select " + StoredObservation.COLUMNS + " from observation_view where id > ? order by id limit ?",
                afterId, limit));
    }

    /** The id of the newest version. */
    public long newestVersion() {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select coalesce(max(id), 0) from observation"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Streams every matching figure in list order, holding only a fetch's worth of rows in memory. */
    public void stream(ObservationFilter filter, RowSink sink) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = filter.select(StoredObservation.COLUMNS, "observation_view").append(ORDER).prepare(c)) {
                st.setFetchSize(STREAM_FETCH_SIZE);
                try (ResultSet rs = st.executeQuery()) {
                    int streamed = 0;
                    while (rs.next()) {
                        sink.accept(StoredObservation.read(rs));
                        if (++streamed == STREAM_FETCH_SIZE) {
                            metrics.served(streamed);
                            streamed = 0;
                        }
                    }
                    metrics.served(streamed);
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("Reading figures failed", e);
        }
    }

    private List<StoredObservation> list(Sql sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            List<StoredObservation> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(StoredObservation.read(rs));
            }
            metrics.served(rows.size());
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ApiException.badParameter("cursor", "not a cursor this list gave out");
        }
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("cursor", "not a cursor this list gave out");
        }
    }
}
