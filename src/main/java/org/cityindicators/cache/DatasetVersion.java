package org.cityindicators.cache;

import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * The version of the published data, kept in memory and refreshed when PostgreSQL announces a change on the
 * channel {@code dataset_changed} (the database's triggers send it on every write, from any replica).
 * While the announcement channel is down the version is unknown: nothing is answered as current from it, and the
 * last version known is kept only so that answers rendered for it can be served as stale (see {@link ResponseCache}).
 */
@ApplicationScoped
public class DatasetVersion {

    /** Fired whenever the data version is seen to move, from this replica's writes or another's. */
    public record Changed(long version) {
    }

    @Inject
    Event<Changed> changed;

    /** The data version, when it last moved and when it moved the time before. */
    public record State(long version, Instant modifiedAt, Instant previousModifiedAt) {
    }

    /** Where a writer's request keeps the state its commit made (see {@link #refreshAfterCommit()}). */
    static final String COMMITTED = DatasetVersion.class.getName() + ".committed";

    private static final int WAIT_MILLIS = 5_000;

    @Inject
    DataSource dataSource;

    private final AtomicReference<State> current = new AtomicReference<>();
    private volatile State lastKnown;
    private volatile boolean running;
    private Thread listener;

    /** The current state, or null while it cannot be known. */
    public State current() {
        return current.get();
    }

    /** The state last known before the channel went down (the current one while it is up), or null before the first. */
    public State lastKnown() {
        return lastKnown;
    }

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    CurrentVertxRequest request;

    /**
     * For a writer: once its transaction commits, read the new state before answering, rather than wait for the
     * announcement; the request keeps it, so that its answer's ETag names a state no newer than what it shows.
     */
    public void refreshAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed(refresh());
                }
            }
        });
    }

    private void committed(State state) {
        RoutingContext routing = Arc.container().requestContext().isActive() ? request.getCurrent() : null;
        if (state != null && routing != null) {
            routing.put(COMMITTED, state);
        }
    }

    /** Reads the state now, or null if it cannot. */
    private State refresh() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            State state = read(statement);
            update(state);
            return state;
        } catch (SQLException e) {
            current.set(null);
            return null;
        }
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "dataset-version-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen dataset_changed");
                PGConnection pg = connection.unwrap(PGConnection.class);
                update(read(statement));
                while (running) {
                    var notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        update(read(statement));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                current.set(null);
                if (running) {
                    Log.warnf("Lost the dataset change channel (%s); retrying", e.getMessage());
                    LockSupport.parkNanos(1_000_000_000L); // returns at once when stopped (interrupted)
                }
            }
        }
    }

    private void update(State state) {
        lastKnown = state;
        State before = current.getAndSet(state);
        if (before == null || before.version() != state.version()) {
            changed.fire(new Changed(state.version()));
        }
    }

    private static State read(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select version, modified_at, previous_modified_at from dataset_state")) {
            rs.next();
            return new State(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant());
        }
    }
}
