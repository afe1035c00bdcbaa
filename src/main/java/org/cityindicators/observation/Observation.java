package org.cityindicators.observation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.cityindicators.api.Paging;
import org.cityindicators.area.Area;
import org.cityindicators.db.Where;
import org.cityindicators.indicator.Indicator;
import org.cityindicators.project.Project;
import org.cityindicators.source.Source;
import org.cityindicators.unit.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One published figure: an indicator's value for an area or project, scope, measure and period, with its source. */
@Entity
public class Observation extends PanacheEntityBase {

    /** Joins every association a DTO needs, so that a page costs one query. */
    private static final String FETCH = "from Observation o join fetch o.indicator i join fetch o.unit u"
            + " join fetch o.source s left join fetch o.area a left join fetch o.project p";
    private static final String JOIN = "from Observation o join o.indicator i left join o.area a left join o.project p";
    static final String CATALOGUE_ORDER = " order by i.code, a.code, p.code, o.scope, o.measure, o.periodStart, o.id";
    static final String TIME_ORDER = " order by o.periodStart, o.id";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_code")
    public Indicator indicator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_code")
    public Area area;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_code")
    public Project project;

    @Convert(converter = Scope.Converter.class)
    public Scope scope;

    public String period;

    @Column(name = "period_type")
    @Convert(converter = Frequency.Converter.class)
    public Frequency frequency;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Convert(converter = Measure.Converter.class)
    public Measure measure;

    public BigDecimal value;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_code")
    public Unit unit;

    @Convert(converter = Qualifier.Converter.class)
    public Qualifier qualifier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_code")
    public Source source;

    public String quote;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    static List<Observation> list(Where where, String order, Paging paging) {
        return find(FETCH + " where " + where.clause() + order, where.parameters())
                .range(paging.offset(), paging.offset() + paging.size() - 1).list();
    }

    static List<Observation> list(Where where, String order) {
        return find(FETCH + " where " + where.clause() + order, where.parameters()).list();
    }

    static long count(Where where) {
        var query = getEntityManager().createQuery("select count(o) " + JOIN + " where " + where.clause(), Long.class);
        where.map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The newest figure of each indicator, scope, measure and frequency reported for an area. */
    @SuppressWarnings("unchecked")
    static List<Observation> latestFor(String areaCode) {
        List<Long> ids = getEntityManager().createNativeQuery("""
                select distinct on (indicator_code, scope, measure, period_type) id from observation
                where area_code = :area
                order by indicator_code, scope, measure, period_type, period_start desc""", Long.class)
                .setParameter("area", areaCode).getResultList();
        return ids.isEmpty() ? List.of() : list(new Where().and("o.id in :ids", "ids", ids), CATALOGUE_ORDER);
    }
}
