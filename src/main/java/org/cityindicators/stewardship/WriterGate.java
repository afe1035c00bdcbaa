package org.cityindicators.stewardship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cityindicators.api.ServiceBusyException;
import org.cityindicators.config.IndicatorsConfig;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This replica's writers take turns here before they take a database connection, so that a writer waiting for
 * another's work (an import holds the writers' lock for seconds) waits without a connection: at most one connection of
 * the pool is ever a writer's, and readers always find the others. The turn lasts until the writer's transaction ends.
 * A full queue or a wait longer than indicators.limits.writer-wait answers 503 with Retry-After.
 */
@ApplicationScoped
class WriterGate {

    private final Semaphore turn = new Semaphore(1, true);
    private final AtomicInteger queued = new AtomicInteger();

    @Inject
    IndicatorsConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Waits for this replica's writers' turn and holds it until the current transaction completes. */
    void enter() {
        IndicatorsConfig.Limits limits = config.limits();
        if (queued.incrementAndGet() > limits.writersQueued()) {
            queued.decrementAndGet();
            throw busy();
        }
        try {
            if (!turn.tryAcquire(limits.writerWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            queued.decrementAndGet();
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                turn.release();
            }
        });
    }

    private ServiceBusyException busy() {
        return new ServiceBusyException("Other writes are in progress and this one could not start within "
                + config.limits().writerWait().toSeconds() + " s; try again shortly", 5);
    }
}
