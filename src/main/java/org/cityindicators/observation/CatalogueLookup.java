package org.cityindicators.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cityindicators.area.Area;
import org.cityindicators.cache.DatasetVersion;
import org.cityindicators.domain.Lang;
import org.cityindicators.indicator.Indicator;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a series or a snapshot needs of its indicator or area, kept per data version rather than asked of Hibernate on
 * every read (an indicator is two queries: the entity and its aliases). Every catalogue change moves the data version
 * (the triggers announce it), which empties the maps; an entry is only served for the version it was read at, and one
 * read while the version moved is not kept. Unknown codes are not kept; the maps are bounded.
 */
@ApplicationScoped
class CatalogueLookup {

    /** An indicator as a read shows it. */
    record IndicatorRef(String code, String nameZh, String nameEn, boolean scoped) {
        String name(Lang lang) {
            return lang.pick(nameZh, nameEn);
        }
    }

    /** An area as a read shows it. */
    record AreaRef(String code, String nameZh, String nameEn) {
        String name(Lang lang) {
            return lang.pick(nameZh, nameEn);
        }
    }

    private record Entry<T>(long version, T value) {
    }

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    DatasetVersion version;

    private final ConcurrentHashMap<String, Entry<IndicatorRef>> indicators = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry<AreaRef>> areas = new ConcurrentHashMap<>();

    void onChange(@Observes DatasetVersion.Changed changed) {
        indicators.clear();
        areas.clear();
    }

    /** The indicator, or null when there is none. */
    IndicatorRef indicator(String code) {
        return lookup(indicators, code, c -> {
            Indicator i = Indicator.byCode(c);
            return i == null ? null : new IndicatorRef(i.code, i.nameZh, i.nameEn, i.scoped);
        });
    }

    /** The area, or null when there is none. */
    AreaRef area(String code) {
        return lookup(areas, code, c -> {
            Area a = Area.findById(c);
            return a == null ? null : new AreaRef(a.code, a.nameZh, a.nameEn);
        });
    }

    private <T> T lookup(ConcurrentHashMap<String, Entry<T>> map, String code, Function<String, T> load) {
        DatasetVersion.State before = version.current();
        Entry<T> known = map.get(code);
        if (before != null && known != null && known.version() == before.version()) {
            return known.value();
        }
        T value = load.apply(code);
        DatasetVersion.State after = version.current();
        if (value != null && before != null && after != null && before.version() == after.version()) {
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
            map.put(code, new Entry<>(before.version(), value));
        }
        return value;
    }
}
