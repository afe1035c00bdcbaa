package org.cityindicators.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cityindicators.config.IndicatorsConfig;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered GET answers of the current data version, keyed by what their ETag is a hash of ({@link AnswerKey}),
 * so that a repeated read costs a map lookup instead of a query and a rendering ({@link ResponseCacheFilter} sends
 * them). Bounded in bytes, counting everything it holds: bodies, keys, headers and the structures around them; when
 * full it is emptied and refills with what is asked for next. Emptied as soon as the data version moves (a write here,
 * or another replica's write announced by PostgreSQL).
 */
@ApplicationScoped
public class ResponseCache {

    /** The heap a map entry holds besides its key and value. */
    private static final long NODE = 48;

    private final ConcurrentHashMap<String, CachedAnswer> entries = new ConcurrentHashMap<>();
    /** Bytes held by the entries; changed only under the cache's lock, so that it stays exact. */
    private volatile long bytes;

    @Inject
    IndicatorsConfig config;

    /** The answer stored under the key, or null. */
    CachedAnswer get(String key) {
        return entries.get(key);
    }

    /** Whether a body of this many bytes may be kept at all. */
    boolean accepts(long size) {
        return size <= config.http().responseCacheEntryBytes() && size <= config.http().responseCacheBytes();
    }

    /** Keeps an answer, emptying the cache first when it would grow past its bound. */
    synchronized void put(String key, CachedAnswer answer) {
        long cost = cost(key, answer);
        long limit = config.http().responseCacheBytes();
        if (!accepts(answer.body().capacity()) || cost > limit) {
            return;
        }
        CachedAnswer before = entries.get(key);
        long after = bytes + cost - (before == null ? 0 : cost(key, before));
        if (after > limit) {
            clear();
            after = cost;
        }
        entries.put(key, answer);
        bytes = after;
    }

    /** Number of answers held. */
    public int size() {
        return entries.size();
    }

    /** Bytes held, in direct memory and on the heap; never more than indicators.http.response-cache-bytes. */
    public long bytes() {
        return bytes;
    }

    synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    void onChange(@Observes DatasetVersion.Changed changed) {
        clear();
    }

    private static long cost(String key, CachedAnswer answer) {
        return NODE + CachedAnswer.heapBytes(key) + answer.bytes();
    }
}
