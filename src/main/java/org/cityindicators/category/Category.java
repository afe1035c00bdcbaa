package org.cityindicators.category;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.cityindicators.api.Paging;
import org.cityindicators.domain.Lang;

import java.util.List;

/** A subject group of the catalogue (budget, GDP, prices…), with its names and its place in a bulletin's order. */
@Entity
public class Category extends PanacheEntityBase {

    @Id
    public String code;

    /** Incremented by every change; the first part of the resource's ETags, which a write must send back in If-Match. */
    @Version
    public long version;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "display_order")
    public int displayOrder;

    public String name(Lang lang) {
        return lang.pick(nameZh, nameEn);
    }

    /** A page in display order (then by code). */
    static List<Category> page(Paging paging) {
        if (paging.first()) {
            return find("order by displayOrder, code").range(0, paging.size()).list();
        }
        int order = Integer.parseInt(paging.after().get(0));
        return find("displayOrder > :order or (displayOrder = :order and code > :code) order by displayOrder, code",
                Parameters.with("order", order).and("code", paging.after().get(1))).range(0, paging.size()).list();
    }
}
