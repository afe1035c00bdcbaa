package org.cityindicators.cache;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per data version: each is kept with the version it was read at and served only while that
 * version is current, and one read while the version moved is not kept. Null values are not kept; at {@code max}
 * entries the whole map starts again, which also drops the entries of earlier versions.
 */
public final class PerVersion<K, V> {

    private record Entry<V>(long version, V value) {
    }

    private final int max;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public PerVersion(int max) {
        this.max = max;
    }

    /** The value for {@code key} at the current data version, from {@code load} when not known yet. */
    public V get(DatasetVersion version, K key, Function<K, V> load) {
        DatasetVersion.State before = version.current();
        Entry<V> known = entries.get(key);
        if (before != null && known != null && known.version() == before.version()) {
            return known.value();
        }
        V value = load.apply(key);
        DatasetVersion.State after = version.current();
        if (value != null && before != null && after != null && before.version() == after.version()) {
            if (entries.size() >= max) {
                entries.clear();
            }
            entries.put(key, new Entry<>(before.version(), value));
        }
        return value;
    }
}
