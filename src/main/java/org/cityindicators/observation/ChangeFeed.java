package org.cityindicators.observation;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cityindicators.cache.DatasetVersion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Committed figure versions, as a stream per listener. A change only wakes the listeners; each then reads the versions
 * after the last one it sent, so a listener never misses or repeats a change, and one that reconnects with the last
 * id it saw continues where it left off. Version ids grow in commit order because writers take turns.
 */
@ApplicationScoped
class ChangeFeed {

    static final int BATCH = 500;
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    @Inject
    ObservationReader reader;

    private final BroadcastProcessor<Long> wakeUps = BroadcastProcessor.create();
    private volatile boolean open = true;

    void onChange(@Observes DatasetVersion.Changed change) {
        wakeUps.onNext(change.version());
    }

    /** When shutdown begins every stream ends, so that none holds up the graceful stop (clients reconnect elsewhere). */
    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        close();
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    private void close() {
        open = false;
        wakeUps.onNext(-1L);
    }

    /** The id of the newest version: where a listener without a Last-Event-ID starts. */
    long now() {
        return reader.newestVersion();
    }

    /**
     * Versions after {@code afterId}, as they are committed; an empty batch now and then keeps the connection open.
     * Reads run on worker threads, one batch after another.
     */
    Multi<List<StoredObservation>> after(long afterId) {
        AtomicLong last = new AtomicLong(afterId);
        Multi<Long> signals = Multi.createBy().merging().streams(
                Multi.createFrom().item(0L), wakeUps, Multi.createFrom().ticks().every(HEARTBEAT));
        return signals.select().first(signal -> open).emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUniAndConcatenate(signal -> Uni.createFrom().item(() -> next(last)));
    }

    private List<StoredObservation> next(AtomicLong last) {
        List<StoredObservation> all = new ArrayList<>();
        List<StoredObservation> batch;
        do {
            batch = reader.versionsAfter(last.get(), BATCH);
            all.addAll(batch);
            if (!batch.isEmpty()) {
                last.set(batch.get(batch.size() - 1).id());
            }
        } while (batch.size() == BATCH && all.size() < 10 * BATCH);
        return all;
    }
}
