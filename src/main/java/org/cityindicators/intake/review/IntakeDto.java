package org.cityindicators.intake.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An intake: its source's metadata, the document text and, in full, the candidates drafted from it. */
@Schema(name = "Intake")
record IntakeDto(
        @Schema(example = "1") long id,
        @Schema(description = "draft, published or withdrawn", example = "draft") String status,
        @Schema(example = "江门市2023年预算执行情况和2024年预算草案的报告") String title,
        @Schema(example = "江门日报") String publisher,
        @Schema(description = "2024, 2024-02 or 2024-02-01", example = "2024-02") String published,
        @Schema(nullable = true, example = "https://www.jiangmen.gov.cn/") String url,
        @Schema(description = "The source code its figures are published under", example = "jmdaily-2024-02-budget-report") String source,
        @Schema(description = "The area the document is about", example = "440700") String area,
        @Schema(description = "The date 今年, 去年 and 全年 are read against", example = "2024-02-01") LocalDate referenceDate,
        @Schema(example = "text/plain") String contentType,
        @Schema(example = "0") long version,
        @Schema(example = "li.wei") String createdBy,
        OffsetDateTime createdAt,
        @Schema(nullable = true) String updatedBy,
        @Schema(nullable = true) OffsetDateTime updatedAt,
        @Schema(description = "Candidates drafted", example = "38") int candidateCount,
        @Schema(description = "Candidates accepted", example = "12") int acceptedCount,
        @Schema(description = "The document's text as read (HTML reduced to its visible text); absent in lists",
                nullable = true) String document,
        @Schema(description = "The drafted figures in document order; absent in lists", nullable = true)
        List<CandidateDto> candidates) {

    static IntakeDto summary(Intake i, int candidateCount, int acceptedCount) {
        return new IntakeDto(i.id, i.status, i.title, i.publisher, i.published, i.url, i.sourceCode, i.areaCode,
                i.referenceDate, i.contentType, i.version, i.createdBy, i.createdAt, i.updatedBy, i.updatedAt, candidateCount,
                acceptedCount, null, null);
    }

    static IntakeDto from(Intake i, List<IntakeCandidate> candidates) {
        int accepted = (int) candidates.stream().filter(c -> IntakeCandidate.ACCEPTED.equals(c.review)).count();
        return new IntakeDto(i.id, i.status, i.title, i.publisher, i.published, i.url, i.sourceCode, i.areaCode,
                i.referenceDate, i.contentType, i.version, i.createdBy, i.createdAt, i.updatedBy, i.updatedAt,
                candidates.size(), accepted, i.document, candidates.stream().map(CandidateDto::from).toList());
    }
}
