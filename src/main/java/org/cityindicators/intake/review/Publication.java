package org.cityindicators.intake.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Problem;
import org.cityindicators.audit.AuditEntry;
import org.cityindicators.db.Sql;
import org.cityindicators.stewardship.CsvTable;
import org.cityindicators.stewardship.ObservationImport;
import org.cityindicators.stewardship.ObservationWriter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Publishes an intake's accepted candidates through the figures' bulk import ({@link ObservationWriter#importWithin}):
 * the same validation, versions, audit, change feed and cache invalidation, all or nothing. A candidate is a row whose
 * line is its ordinal; an intake's source that the catalogue lacks is created from its metadata in the same
 * transaction.
 */
@ApplicationScoped
class Publication {

    /** What a publication did. */
    @Schema(name = "IntakePublication")
    record Report(@Schema(example = "1") long intake, @Schema(example = "published") String status,
                  @Schema(description = "Accepted candidates published", example = "12") long accepted,
                  @Schema(description = "New figures", example = "12") long inserted,
                  @Schema(description = "Stored figures given a new version", example = "0") long revised,
                  @Schema(description = "Figures stored already as they are", example = "0") long unchanged) {
    }

    @Inject
    ObservationWriter writer;

    @Inject
    IntakeService intakes;

    @Inject
    DataSource dataSource;

    @Transactional
    Report publish(long intakeId, String reason, String actor) {
        Intake intake = IntakeService.changeable(intakeId);
        List<IntakeCandidate> accepted = IntakeCandidate.list("intakeId = ?1 and review = ?2 order by ordinal", intakeId,
                IntakeCandidate.ACCEPTED);
        if (accepted.isEmpty()) {
            throw new ApiException(422, "Unprocessable content", "Intake " + intakeId + " has no accepted candidates; "
                    + "accept the figures to publish first", List.of());
        }
        ensureSource(intake, actor);
        ObservationImport.Report report;
        try {
            report = writer.importWithin(handler -> {
                for (IntakeCandidate c : accepted) {
                    handler.accept(row(intake, c));
                }
            }, actor, reason);
        } catch (ObservationImport.Rejected e) {
            throw new ApiException(422, "Unprocessable content", e.errors.size() + " problems in the accepted candidates; "
                    + "nothing was published", e.errors.stream().map(x -> new Problem.Violation(
                    "candidates[" + x.line() + "]." + x.column(), x.message())).toList());
        }
        intake.status = Intake.PUBLISHED;
        intake.touch(actor);
        Report done = new Report(intakeId, intake.status, accepted.size(), report.inserted(), report.revised(),
                report.unchanged());
        intakes.record(actor, "publish", Long.toString(intakeId), reason, "{\"accepted\":" + done.accepted()
                + ",\"inserted\":" + done.inserted() + ",\"revised\":" + done.revised() + ",\"unchanged\":"
                + done.unchanged() + "}");
        return done;
    }

    private static CsvTable.Row row(Intake intake, IntakeCandidate c) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("indicator", c.indicator);
        values.put("area", c.project == null ? c.area : null);
        values.put("project", c.project);
        values.put("scope", c.scope);
        values.put("period", c.period);
        values.put("measure", c.measure);
        values.put("value", c.value);
        values.put("unit", c.unit);
        values.put("qualifier", c.qualifier);
        values.put("source", intake.sourceCode);
        values.put("quote", c.quote);
        values.replaceAll((column, text) -> text == null || text.isBlank() ? null : text);
        return new CsvTable.Row(c.ordinal, values);
    }

    /** Creates the intake's source from its metadata when the catalogue has no source of that code. */
    private void ensureSource(Intake intake, String actor) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                insert into source (code, title, publisher, published, url, licence, note)
                values (?, ?, ?, ?, ?, 'Not recorded at intake: see the publisher''s terms', ?)
                on conflict (code) do nothing""")) {
            Sql.bind(st, intake.sourceCode, intake.title, intake.publisher, intake.published, intake.url,
                    "Created when document intake " + intake.id + " was published");
            if (st.executeUpdate() == 1) {
                AuditEntry.record(actor, "create", "source", intake.sourceCode, "made from document intake " + intake.id, null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
