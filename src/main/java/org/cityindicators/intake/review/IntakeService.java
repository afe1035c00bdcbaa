package org.cityindicators.intake.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Preconditions;
import org.cityindicators.audit.AuditEntry;
import org.cityindicators.db.Sql;
import org.cityindicators.intake.Candidate;
import org.cityindicators.intake.DocumentText;
import org.cityindicators.intake.Draft;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The writes of the document intake: a draft stored, candidates reviewed, the intake withdrawn; each one audited. */
@ApplicationScoped
class IntakeService {

    @Inject
    DataSource dataSource;

    /** Stores a document and its draft; returns the new intake's id. */
    @Transactional
    long create(IntakeMetadata meta, String contentType, DocumentText text, Draft draft, String actor) {
        Intake intake = new Intake();
        intake.title = meta.title();
        intake.publisher = meta.publisher();
        intake.published = meta.published();
        intake.url = meta.url();
        intake.sourceCode = meta.source();
        intake.areaCode = meta.area();
        intake.referenceDate = meta.referenceDate();
        intake.contentType = contentType;
        intake.document = text.text();
        intake.status = Intake.DRAFT;
        intake.createdBy = actor;
        intake.persist();
        insertCandidates(intake.id, draft.candidates());
        record(actor, "create", intake.id.toString(), null,
                "{\"candidates\":" + draft.candidates().size() + ",\"placed\":" + draft.placed().size() + "}");
        return intake.id;
    }

    /** One batch of inserts: a long report drafts hundreds of candidates, which one insert each would take seconds to store. */
    private void insertCandidates(long intakeId, List<Candidate> candidates) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                insert into intake_candidate (intake_id, ordinal, indicator_code, area_code, project_code, scope, period,
                    frequency, measure, value_text, unit_code, qualifier, quote, start_offset, end_offset, confidence, reason,
                    context) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int ordinal = 0;
            for (Candidate d : candidates) {
                Sql.bind(st, intakeId, ++ordinal, d.indicator(), d.area(), d.project(), d.scope(), d.period(), d.frequency(),
                        d.measure(), d.valueText(), d.unit(), d.qualifier(), d.quote(), d.start(), d.end(), d.confidence(),
                        d.reason(), d.context());
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Applies a JSON merge patch to one candidate, if If-Match names its current version. */
    @Transactional
    void patch(long intakeId, int ordinal, Map<String, Object> patch, String ifMatch, String actor) {
        Intake intake = changeable(intakeId);
        IntakeCandidate candidate = IntakeCandidate.find("intakeId = ?1 and ordinal = ?2", intakeId, ordinal)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (candidate == null) {
            throw ApiException.notFound("candidate", intakeId + "/" + ordinal);
        }
        Preconditions.require(ifMatch, candidate.version);
        List<String> changed = CandidatePatch.apply(candidate, patch);
        if (changed.isEmpty()) {
            return;
        }
        candidate.updatedBy = actor;
        candidate.updatedAt = OffsetDateTime.now();
        intake.touch(actor);
        record(actor, "update", intakeId + "/" + ordinal, null, CandidatePatch.json(changed, candidate));
    }

    /** Accepts the proposed candidates named, or every proposed one with an indicator at or above a confidence. */
    @Transactional
    List<Integer> accept(long intakeId, List<Integer> ordinals, BigDecimal minConfidence, String actor) {
        Intake intake = changeable(intakeId);
        List<Integer> accepted = new ArrayList<>();
        for (IntakeCandidate c : IntakeCandidate.of(intakeId)) {
            boolean chosen = ordinals != null ? ordinals.contains(c.ordinal)
                    : c.indicator != null && c.confidence.compareTo(minConfidence) >= 0;
            if (chosen && IntakeCandidate.PROPOSED.equals(c.review)) {
                c.review = IntakeCandidate.ACCEPTED;
                c.updatedBy = actor;
                c.updatedAt = OffsetDateTime.now();
                accepted.add(c.ordinal);
            }
        }
        if (!accepted.isEmpty()) {
            intake.touch(actor);
            record(actor, "update", Long.toString(intakeId), null, "{\"accepted\":" + accepted + "}");
        }
        return accepted;
    }

    /** Marks an intake withdrawn: it can no longer be changed or published; figures it published stay. */
    @Transactional
    void withdraw(long intakeId, String reason, String actor) {
        Intake intake = locked(intakeId);
        if (Intake.WITHDRAWN.equals(intake.status)) {
            return;
        }
        intake.status = Intake.WITHDRAWN;
        intake.touch(actor);
        record(actor, "withdraw", Long.toString(intakeId), reason, null);
    }

    /** The intake, locked for this transaction; 404 when there is none. */
    static Intake locked(long intakeId) {
        Intake intake = Intake.findById(intakeId, LockModeType.PESSIMISTIC_WRITE);
        if (intake == null) {
            throw ApiException.notFound("intake", Long.toString(intakeId));
        }
        return intake;
    }

    /** The intake, locked, if it is not withdrawn (409 when it is). */
    static Intake changeable(long intakeId) {
        Intake intake = locked(intakeId);
        if (Intake.WITHDRAWN.equals(intake.status)) {
            throw new ApiException(409, "Conflict", "Intake " + intakeId + " was withdrawn; it can no longer be changed "
                    + "or published", List.of());
        }
        return intake;
    }

    void record(String actor, String action, String code, String reason, String detail) {
        AuditEntry.record(actor, action, "intake", code, reason, detail);
    }
}
