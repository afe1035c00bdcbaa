package org.cityindicators.stewardship;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cityindicators.api.ApiException;
import org.cityindicators.observation.Frequency;
import org.cityindicators.observation.Measure;
import org.cityindicators.observation.Qualifier;
import org.cityindicators.observation.Scope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One version of an observation (table observation). An observation keeps its figure id across versions; a correction
 * or a withdrawal supersedes the current version and adds a new one, so nothing stored changes but the time a version
 * was superseded. Lists, series and snapshots read the view observation_view with SQL of their own (ObservationReader);
 * this entity is where one observation is written.
 */
@Entity
@Table(name = "observation")
class ObservationVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "figure_id")
    public long figureId;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "project_code")
    public String projectCode;

    @Convert(converter = Scope.Converter.class)
    public Scope scope;

    public String period;

    @Column(name = "period_type")
    @Convert(converter = Frequency.Converter.class)
    public Frequency periodType;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Convert(converter = Measure.Converter.class)
    public Measure measure;

    public BigDecimal value;

    @Column(name = "unit_code")
    public String unitCode;

    @Convert(converter = Qualifier.Converter.class)
    public Qualifier qualifier;

    @Column(name = "source_code")
    public String sourceCode;

    public String quote;

    @Column(name = "recorded_by")
    public String recordedBy;

    public String reason;

    public boolean withdrawn;

    @Column(name = "superseded_at", insertable = false, updatable = false)
    public OffsetDateTime supersededAt;

    /** The current version of a figure; 404 when there is no such figure. */
    static ObservationVersion current(long figureId) {
        ObservationVersion current = ObservationVersion.<ObservationVersion>find("figureId = ?1 and supersededAt is null",
                figureId).firstResult();
        if (current == null) {
            throw ApiException.notFound("figure", Long.toString(figureId));
        }
        return current;
    }

    /** The current version of the figure a row describes, or null; found through the series key's index. */
    static ObservationVersion current(ObservationRow r) {
        return (ObservationVersion) getEntityManager().createNativeQuery("""
                        select * from observation where superseded_at is null
                        and series_key = figure_series_key(?1, ?2, ?3, ?4, ?5, ?6) and period_start = ?7 and period = ?8""",
                        ObservationVersion.class)
                .setParameter(1, r.indicator()).setParameter(2, r.area()).setParameter(3, r.project())
                .setParameter(4, r.scope() == null ? null : r.scope().code()).setParameter(5, r.measure().code())
                .setParameter(6, r.period().frequency().code()).setParameter(7, r.period().start())
                .setParameter(8, r.period().text())
                .getResultStream().findFirst().orElse(null);
    }

    /** The first version of a new figure, or the next version of figure {@code figureId}, as a row gives it. */
    static ObservationVersion of(ObservationRow r, Long figureId, String actor, String reason) {
        ObservationVersion v = new ObservationVersion();
        v.figureId = figureId != null ? figureId
                : ((Number) getEntityManager().createNativeQuery("select nextval('figure_id_seq')").getSingleResult()).longValue();
        v.indicatorCode = r.indicator();
        v.areaCode = r.area();
        v.projectCode = r.project();
        v.scope = r.scope();
        v.period = r.period().text();
        v.periodType = r.period().frequency();
        v.periodStart = r.period().start();
        v.measure = r.measure();
        v.value = r.value();
        v.unitCode = r.unit();
        v.qualifier = r.qualifier();
        v.sourceCode = r.source();
        v.quote = r.quote();
        v.recordedBy = actor;
        v.reason = reason;
        return v;
    }

    /** The tombstone that withdraws this version's figure: the same figure, marked withdrawn. */
    ObservationVersion withdrawal(String actor, String why) {
        ObservationVersion v = new ObservationVersion();
        v.figureId = figureId;
        v.indicatorCode = indicatorCode;
        v.areaCode = areaCode;
        v.projectCode = projectCode;
        v.scope = scope;
        v.period = period;
        v.periodType = periodType;
        v.periodStart = periodStart;
        v.measure = measure;
        v.value = value;
        v.unitCode = unitCode;
        v.qualifier = qualifier;
        v.sourceCode = sourceCode;
        v.quote = quote;
        v.recordedBy = actor;
        v.reason = why;
        v.withdrawn = true;
        return v;
    }

    /** Same indicator, area or project, scope, measure and period. */
    boolean sameIdentity(ObservationRow r) {
        return indicatorCode.equals(r.indicator()) && Objects.equals(areaCode, r.area())
                && Objects.equals(projectCode, r.project()) && scope == r.scope() && measure == r.measure()
                && periodType == r.period().frequency() && period.equals(r.period().text());
    }

    /** Same value (with the same published decimals), unit, qualifier, source and quote. */
    boolean sameContent(ObservationRow r) {
        return value.equals(r.value()) && unitCode.equals(r.unit()) && qualifier == r.qualifier()
                && sourceCode.equals(r.source()) && quote.equals(r.quote());
    }

    /**
     * Marks this version superseded at the transaction's start, the moment its successor is recorded at (both are
     * PostgreSQL's now()), so that a point in time sees exactly one of them.
     */
    void supersede() {
        getEntityManager().createNativeQuery("update observation set superseded_at = now() where id = ?1")
                .setParameter(1, id).executeUpdate();
    }
}
