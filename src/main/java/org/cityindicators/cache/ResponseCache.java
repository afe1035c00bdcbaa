package org.cityindicators.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cityindicators.config.IndicatorsConfig;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered GET answers of the current data version, keyed like their ETag (data version, URL, Accept,
 * Accept-Language, Accept-Encoding), so a repeated read costs a map lookup instead of a query and a rendering.
 * Bounded in bytes: when full it is emptied and refills with what is asked for next. Emptied as soon as the data
 * version moves (a write here, or another replica's write announced by PostgreSQL).
 */
@ApplicationScoped
public class ResponseCache {

    /** One rendered answer: its body and the headers that describe the body. */
    public record Entry(byte[] body, String contentType, String contentLanguage, String contentDisposition) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    @Inject
    IndicatorsConfig config;

    /** The answer stored under the key, or null. */
    public Entry get(String key) {
        return entries.get(key);
    }

    /** Whether an answer of this many bytes may be kept at all. */
    public boolean accepts(long size) {
        return size <= config.http().responseCacheEntryBytes() && size <= config.http().responseCacheBytes();
    }

    /** Keeps an answer, emptying the cache first when it would grow past its bound. */
    public void put(String key, Entry entry) {
        if (!accepts(entry.body().length)) {
            return;
        }
        if (bytes.addAndGet(entry.body().length) > config.http().responseCacheBytes()) {
            clear();
            bytes.addAndGet(entry.body().length);
        }
        Entry before = entries.put(key, entry);
        if (before != null) {
            bytes.addAndGet(-before.body().length);
        }
    }

    /** Number of answers held. */
    public int size() {
        return entries.size();
    }

    void clear() {
        entries.clear();
        bytes.set(0);
    }

    void onChange(@Observes DatasetVersion.Changed changed) {
        clear();
    }
}
