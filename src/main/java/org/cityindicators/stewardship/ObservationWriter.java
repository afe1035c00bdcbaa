package org.cityindicators.stewardship;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Preconditions;
import org.cityindicators.api.Problem;
import org.cityindicators.audit.AuditEntry;
import org.cityindicators.cache.DatasetVersion;
import org.cityindicators.config.IndicatorsConfig;
import org.cityindicators.observation.ObservationMetrics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Every change to published figures: create, correct, withdraw, import. A change never updates a figure in place:
 * it marks the current version superseded and adds a new one, so that every earlier value stays queryable. Writers
 * take one lock in turn, so version ids grow in commit order (the change feed relies on it) and a stale If-Match
 * is always seen.
 */
@ApplicationScoped
public class ObservationWriter {

    private static final long WRITE_LOCK = 7_270_001L;
    /** A writer's session that stays idle in its transaction this long is ended by PostgreSQL, freeing the lock. */
    private static final Duration IDLE_IN_WRITE = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Inject
    DatasetVersion datasetVersion;

    @Inject
    ObservationMetrics metrics;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    WriterGate gate;

    @Inject
    IndicatorsConfig config;

    /** Publishes a new figure; 409 when the figure already exists. Returns its id. */
    @Transactional
    public long create(ObservationInput input, String actor) {
        try (Connection c = lockedConnection()) {
            ObservationRow row = validate(c, input);
            ObservationVersion existing = ObservationVersion.current(row);
            if (existing != null) {
                throw new ApiException(409, "Conflict", "This figure exists already as /api/v1/observations/" + existing.figureId
                        + (existing.withdrawn ? " (withdrawn)" : "") + "; correct it there with PUT and If-Match", List.of());
            }
            ObservationVersion first = ObservationVersion.of(row, null, actor, input.reason());
            first.persist();
            AuditEntry.record(actor, "create", "observation", Long.toString(first.figureId), input.reason(), null);
            return first.figureId;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the current value of a figure by a corrected one; the earlier value stays in its history. */
    @Transactional
    public void correct(long figureId, ObservationInput input, String ifMatch, String actor) {
        try (Connection c = lockedConnection()) {
            ObservationVersion current = ObservationVersion.current(figureId);
            ObservationRow row = validate(c, input);
            if (!current.sameIdentity(row)) {
                throw ApiException.badParameter("indicator", "a correction keeps the figure's indicator, area or project, "
                        + "scope, measure and period; withdraw this figure and create the other one instead");
            }
            if (!current.withdrawn && current.sameContent(row)) {
                return;
            }
            Preconditions.require(ifMatch, current.id);
            if (input.reason() == null || input.reason().isBlank()) {
                throw ApiException.badParameter("reason", "a correction says why it is made");
            }
            current.supersede();
            ObservationVersion.of(row, figureId, actor, input.reason()).persist();
            AuditEntry.record(actor, "revise", "observation", Long.toString(figureId), input.reason(), null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Withdraws a figure: a tombstone version, not a delete. */
    @Transactional
    public void withdraw(long figureId, String reason, String ifMatch, String actor) {
        try (Connection ignored = lockedConnection()) {
            ObservationVersion current = ObservationVersion.current(figureId);
            if (current.withdrawn) {
                return;
            }
            Preconditions.require(ifMatch, current.id);
            if (reason == null || reason.isBlank()) {
                throw ApiException.badParameter("reason", "a withdrawal says why it is made");
            }
            current.supersede();
            current.withdrawal(actor, reason).persist();
            AuditEntry.record(actor, "withdraw", "observation", Long.toString(figureId), reason, null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates and applies a whole file in one transaction (see {@link ObservationImport}). */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public ObservationImport.Report importFigures(ObservationImport.RowSource rows, String actor, String reason, boolean dryRun) {
        return importRows(rows, actor, reason, dryRun);
    }

    /**
     * The same import within the caller's transaction, which other writes of the caller share (a document intake's
     * publication marks the intake published with the figures it adds); the caller's transaction keeps its timeout.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ObservationImport.Report importWithin(ObservationImport.RowSource rows, String actor, String reason) {
        return importRows(rows, actor, reason, false);
    }

    private ObservationImport.Report importRows(ObservationImport.RowSource rows, String actor, String reason, boolean dryRun) {
        try (Connection c = lockedConnection()) {
            try (Statement st = c.createStatement()) {
                // a large file may need longer than a read: its own statement timeout, for this transaction only
                st.execute("set local statement_timeout = " + config.limits().importStatementTimeout().toMillis());
            }
            ObservationImport.Report report = new ObservationImport(c, false).run(rows, actor, reason);
            if (dryRun) {
                transactions.setRollbackOnly();
                return report.asDryRun();
            }
            AuditEntry.record(actor, "import", "observation", "import", reason, report.toJson());
            metrics.imported((int) (report.inserted() + report.revised()));
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads the figures shipped with the service: new ones are inserted, stored ones are never replaced (corrections
     * are revisions). Audited only when something was added.
     */
    @Transactional
    public ObservationImport.Report loadShipped(ObservationImport.RowSource rows) {
        try (Connection c = lockedConnection()) {
            ObservationImport.Report report = new ObservationImport(c, true).run(rows, "dataset", null);
            if (report.inserted() > 0) {
                AuditEntry.record("dataset", "import", "observation", "import", "shipped data files", report.toJson());
                metrics.imported((int) report.inserted());
            }
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A connection of the current transaction, holding the writers' lock until it ends. The connection is taken only
     * once this replica's writers' turn has come (see {@link WriterGate}); the lock is waited for at most
     * indicators.limits.writer-wait (then 503), since another replica's writer may hold it. If this service dies
     * mid-write, PostgreSQL ends the session (and frees the lock) within client_connection_check_interval, or, when
     * the connection was idle in the transaction, after idle_in_transaction_session_timeout.
     */
    private Connection lockedConnection() throws SQLException {
        gate.enter();
        Connection c = dataSource.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("set local idle_in_transaction_session_timeout = '" + IDLE_IN_WRITE.toMillis() + "ms'");
            st.execute("set local lock_timeout = '" + config.limits().writerWait().toMillis() + "ms'");
            st.execute("select pg_advisory_xact_lock(" + WRITE_LOCK + ")");
            st.execute("set local lock_timeout to default");
        }
        datasetVersion.refreshAfterCommit();
        return c;
    }

    private static ObservationRow validate(Connection c, ObservationInput input) throws SQLException {
        List<ObservationRow.Error> errors = new ArrayList<>();
        ObservationRow row = ObservationRow.parse(input.toRow(1), Catalogue.read(c), errors);
        if (row == null) {
            throw new ApiException(400, "Bad Request", "The figure is not valid: " + errors.get(0).column() + ": " + errors.get(0).message(),
                    errors.stream().map(e -> new Problem.Violation(e.column(), e.message())).toList());
        }
        return row;
    }
}
