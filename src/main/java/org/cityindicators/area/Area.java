package org.cityindicators.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.cityindicators.api.Lang;
import org.cityindicators.api.Paging;
import org.cityindicators.db.Where;

import java.util.List;

/** An administrative division identified by its GB/T 2260 code. */
@Entity
public class Area extends PanacheEntityBase {

    @Id
    public String code;

    /** Incremented by every change; the first part of the resource's ETags, which a write must send back in If-Match. */
    @jakarta.persistence.Version
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

    static Where filter(AreaLevel level, String parent) {
        return new Where().and("level = :level", "level", level).and("parentCode = :parent", "parent", parent);
    }

    static List<Area> page(Where where, Paging paging) {
        Where page = where.after("code", paging);
        return find(page.clause(), Sort.by("code"), page.parameters()).range(0, paging.size()).list();
    }
}
