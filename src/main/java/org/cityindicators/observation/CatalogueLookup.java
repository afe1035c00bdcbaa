package org.cityindicators.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cityindicators.area.Area;
import org.cityindicators.cache.DatasetVersion;
import org.cityindicators.cache.PerVersion;
import org.cityindicators.domain.Lang;
import org.cityindicators.indicator.Indicator;


/**
 * What a series or a snapshot needs of its indicator or area, kept per data version rather than asked of Hibernate on
 * every read (an indicator is two queries: the entity and its aliases). Every catalogue change moves the data version
 * (the triggers announce it), so an entry is only served for the version it was read at ({@link PerVersion}).
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

    @Inject
    DatasetVersion version;

    private final PerVersion<String, IndicatorRef> indicators = new PerVersion<>(10_000);
    private final PerVersion<String, AreaRef> areas = new PerVersion<>(10_000);

    /** The indicator, or null when there is none. */
    IndicatorRef indicator(String code) {
        return indicators.get(version, code, c -> {
            Indicator i = Indicator.byCode(c);
            return i == null ? null : new IndicatorRef(i.code, i.nameZh, i.nameEn, i.scoped);
        });
    }

    /** The area, or null when there is none. */
    AreaRef area(String code) {
        return areas.get(version, code, c -> {
            Area a = Area.findById(c);
            return a == null ? null : new AreaRef(a.code, a.nameZh, a.nameEn);
        });
    }
}
