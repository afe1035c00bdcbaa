package org.cityindicators.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.cityindicators.config.IndicatorsConfig;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * One budget per client across every replica. Each replica decides at once from its own token bucket (no database
 * round trip on the request path) and records what it served; every indicators.rate-limit.sync-interval it adds
 * those requests to the client's shared bucket in PostgreSQL (bucket4j, one row per client) and lowers its own
 * bucket to what the shared one has left, so that what other replicas served counts here too. A client can overdraw
 * its budget by at most what all replicas serve it within one interval; the debt is then paid before it is served
 * again.
 */
@Singleton
class SharedBudgets {

    /** Clients synchronised per interval at most, so that one round stays short; the others wait for the next. */
    private static final int MAX_CLIENTS_PER_SYNC = 2_000;

    @Inject
    DataSource dataSource;

    @Inject
    IndicatorsConfig config;

    /** How often, at most, rows of clients whose buckets have refilled are removed. */
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private ScheduledExecutorService syncer;
    private long lastCleanup = System.nanoTime();

    /** Requests served to one client since the last synchronisation, and the bucket that served them. */
    private record Pending(AtomicLong served, TokenBucket local, long limit) {
    }

    void onStart(@Observes StartupEvent event) {
        IndicatorsConfig.RateLimit settings = config.rateLimit();
        if (!settings.enabled() || !settings.shared()) {
            return;
        }
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        syncer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rate-limit-sync");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.syncInterval().toMillis();
        syncer.scheduleWithFixedDelay(this::sync, interval, interval, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (syncer != null) {
            syncer.shutdownNow();
        }
    }

    /** Notes one request served to a client from its local bucket. */
    void served(String client, TokenBucket local, long limit) {
        if (buckets != null) {
            pending.computeIfAbsent(client, key -> new Pending(new AtomicLong(), local, limit)).served().incrementAndGet();
        }
    }

    private void sync() {
        int synced = 0;
        long now = System.nanoTime();
        for (var iterator = pending.entrySet().iterator(); iterator.hasNext() && synced < MAX_CLIENTS_PER_SYNC; ) {
            Map.Entry<String, Pending> entry = iterator.next();
            long served = entry.getValue().served().getAndSet(0);
            if (served == 0) {
                iterator.remove();
                continue;
            }
            synced++;
            try {
                long left = buckets.builder().build(entry.getKey(), () -> configuration(entry.getValue().limit()))
                        .asVerbose().consumeIgnoringRateLimits(served).getDiagnostics().getAvailableTokens();
                entry.getValue().local().limitTo(left, now);
            } catch (RuntimeException e) {
                // the database is away: each replica keeps limiting on its own until it is back
                Log.debugf("Rate-limit budgets not shared this time: %s", e.getMessage());
                return;
            }
        }
        if (synced == 0 && now - lastCleanup > CLEANUP_EVERY.toNanos()) {
            lastCleanup = now;
            buckets.removeExpired(1_000);
        }
    }

    private BucketConfiguration configuration(long limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, config.rateLimit().period()).build())
                .build();
    }
}
