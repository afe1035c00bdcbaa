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
import org.cityindicators.area.Area;
import org.cityindicators.indicator.Indicator;
import org.cityindicators.project.Project;
import org.cityindicators.source.Source;
import org.cityindicators.unit.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of a published figure: an indicator's value for an area or project, scope, measure and period. */
@Entity
public class Observation extends PanacheEntityBase {

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

    @Column(name = "recorded_by")
    public String recordedBy;

    public String reason;

    /** When a later version replaced this one; null for the current version of a figure. */
    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    /** A current version that withdraws the figure: a tombstone, shown only in change feeds and history. */
    public boolean withdrawn;
}
