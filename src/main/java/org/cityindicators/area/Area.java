package org.cityindicators.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.cityindicators.api.Paging;
import org.cityindicators.db.Where;
import org.cityindicators.domain.Lang;

import java.util.List;

/** An administrative division identified by its GB/T 2260 code. */
@Entity
public class Area extends PanacheEntityBase {

    @Id
    public String code;

    /** Incremented by every change; the first part of the resource's ETags, which a write must send back in If-Match. */
    @Version
    public long version;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Convert(converter = AreaLevel.Converter.class)
    public AreaLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    public String name(Lang lang) {
        return lang.pick(nameZh, nameEn);
    }

    static Where filter(AreaLevel level, String parent, List<String> withFigures) {
        return new Where().and("level = :level", "level", level).and("parentCode = :parent", "parent", parent)
                .and("code in :withFigures", "withFigures", withFigures);
    }

    /** The codes of the areas below {@code code}, at any depth. */
    @SuppressWarnings("unchecked")
    public static List<String> below(String code) {
        return getEntityManager().createNativeQuery("""
                with recursive below as (select code from area where parent_code = ?1
                                         union all select a.code from area a join below b on a.parent_code = b.code)
                select code from below""").setParameter(1, code).getResultList();
    }

    /**
     * The codes of the areas that have current figures, in code order: a skip scan that probes the index of current
     * figures by area (V4) once per such area rather than reading every figure.
     */
    @SuppressWarnings("unchecked")
    static List<String> withFigures() {
        return getEntityManager().createNativeQuery("""
                with recursive found as (
                    (select area_code from observation where area_code is not null and superseded_at is null
                     and not withdrawn order by area_code limit 1)
                    union all
                    select (select o.area_code from observation o where o.area_code > found.area_code
                            and o.superseded_at is null and not o.withdrawn order by o.area_code limit 1)
                    from found where found.area_code is not null)
                select area_code from found where area_code is not null""").getResultList();
    }

    static List<Area> page(Where where, Paging paging) {
        Where page = where.after("code", paging.afterKey());
        return find(page.clause(), Sort.by("code"), page.parameters()).range(0, paging.size()).list();
    }
}
