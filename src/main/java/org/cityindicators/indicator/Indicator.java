package org.cityindicators.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.cityindicators.api.Paging;
import org.cityindicators.db.Where;
import org.cityindicators.domain.Lang;
import org.cityindicators.unit.Unit;
import org.hibernate.annotations.BatchSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A statistic the service publishes, such as retail.total (社会消费品零售总额); parts point at their whole. */
@Entity
public class Indicator extends PanacheEntityBase {

    @Id
    public String code;

    /** Incremented by every change; the first part of the resource's ETags, which a write must send back in If-Match. */
    @Version
    public long version;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_zh")
    public String descriptionZh;

    @Column(name = "description_en")
    public String descriptionEn;

    /** Code of its category (table category). */
    public String category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_code")
    public Unit unit;

    /** Whether figures of this indicator need a fiscal scope (全市 or 市本级). */
    public boolean scoped;

    @Column(name = "parent_code")
    public String parentCode;

    /** Whether parts add up to it: false for per-capita values and rates, which have no parts and are no part. */
    public boolean additive = true;

    /** Other names: traditional characters, short forms (GDP, 社零); searched by q and matched by the intake. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_alias", joinColumns = @JoinColumn(name = "indicator_code"))
    @OrderBy("alias")
    @BatchSize(size = 100)
    public List<IndicatorAlias> aliases = new ArrayList<>();

    public String name(Lang lang) {
        return lang.pick(nameZh, nameEn);
    }

    static Where filter(String category, String text, String parent) {
        String pattern = text == null ? null
                : "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new Where()
                .and("ind.category = :category", "category", category)
                .and("ind.parentCode = :parent", "parent", parent)
                .and("(lower(ind.nameZh) like :text escape '\\' or lower(ind.nameEn) like :text escape '\\'"
                        + " or lower(ind.code) like :text escape '\\' or exists (select 1 from Indicator alt join alt.aliases a"
                        + " where alt.code = ind.code and lower(a.alias) like :text escape '\\'))", "text", pattern);
    }

    static List<Indicator> page(Where where, Paging paging) {
        Where page = where.after("ind.code", paging.afterKey());
        return find("from Indicator ind join fetch ind.unit where " + page.clause(), Sort.by("ind.code"), page.parameters())
                .range(0, paging.size()).list();
    }

    static long count(Where where) {
        return count("from Indicator ind where " + where.clause(), where.parameters());
    }

    public static Indicator byCode(String code) {
        return find("from Indicator ind join fetch ind.unit where ind.code = ?1", code).firstResult();
    }
}
