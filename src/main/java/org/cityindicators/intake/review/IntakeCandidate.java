package org.cityindicators.intake.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One drafted figure of an intake, as the engine drafted it and as the stewards reviewed and edited it. */
@Entity
@Table(name = "intake_candidate")
public class IntakeCandidate extends PanacheEntityBase {

    static final String PROPOSED = "proposed";
    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "intake_id")
    public long intakeId;

    /** Its place in the document, from 1. */
    public int ordinal;

    /** Incremented by every change; the candidate's ETag, which a PATCH sends back in If-Match. */
    @Version
    public long version;

    @Column(name = "indicator_code")
    public String indicator;

    @Column(name = "area_code")
    public String area;

    @Column(name = "project_code")
    public String project;

    public String scope;

    public String period;

    public String frequency;

    public String measure;

    @Column(name = "value_text")
    public String value;

    @Column(name = "unit_code")
    public String unit;

    public String qualifier;

    public String quote;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    public BigDecimal confidence;

    public String reason;

    public String context;

    public String review;

    /** The fields a steward changed, comma-separated, in the order first changed. */
    public String edited;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Per intake of the list: its candidates and its accepted ones, [count, accepted], in one query for a whole page. */
    static Map<Long, long[]> counts(List<Long> intakeIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!intakeIds.isEmpty()) {
            getEntityManager().createQuery("select c.intakeId, count(c), sum(case when c.review = :accepted then 1 else 0 end) "
                    + "from IntakeCandidate c where c.intakeId in :ids group by c.intakeId", Object[].class)
                    .setParameter("accepted", ACCEPTED).setParameter("ids", intakeIds).getResultList()
                    .forEach(row -> counts.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2]}));
        }
        return counts;
    }

    static List<IntakeCandidate> of(long intakeId) {
        return list("intakeId = ?1 order by ordinal", intakeId);
    }

    static IntakeCandidate find(long intakeId, int ordinal) {
        return find("intakeId = ?1 and ordinal = ?2", intakeId, ordinal).firstResult();
    }

    void markEdited(String field) {
        if (!List.of(edited.split(",")).contains(field)) {
            edited = edited.isEmpty() ? field : edited + "," + field;
        }
    }
}
