package org.cityindicators.intake.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A drafted figure as a steward reviews it. */
@Schema(name = "IntakeCandidate")
record CandidateDto(
        @Schema(description = "Its place in the document, from 1; the {n} of its PATCH", example = "1") int ordinal,
        @Schema(description = "Indicator code; null for a number no rule could place", nullable = true,
                example = "budget.general.revenue") String indicator,
        @Schema(nullable = true, example = "440700") String area,
        @Schema(nullable = true) String project,
        @Schema(description = "consolidated, municipal or district_level for scoped indicators", nullable = true,
                example = "consolidated") String scope,
        @Schema(description = "2023, 2023-H1, 2023-Q1, 2023-12 or 2024-01/2024-04", nullable = true, example = "2023") String period,
        @Schema(description = "year, half_year, quarter, month or year_to_date", nullable = true, example = "year") String frequency,
        @Schema(nullable = true, example = "actual") String measure,
        @Schema(description = "The number as printed (thousands separators removed, a fall signed)", nullable = true,
                example = "277.09") String value,
        @Schema(description = "Unit code", nullable = true, example = "CNY_100M") String unit,
        @Schema(description = "exact, more_than, about or nearly", nullable = true, example = "exact") String qualifier,
        @Schema(description = "The words it was read from: document.substring(start, end)",
                example = "2023年全市一般公共预算收入完成277.09亿元") String quote,
        @Schema(description = "UTF-16 offset of the quote in the document text", example = "212") int start,
        @Schema(description = "UTF-16 offset after the quote (exclusive)", example = "236") int end,
        @Schema(description = "0 to 1: 1 less a doubt for each guess the rules made", example = "1.00") BigDecimal confidence,
        @Schema(description = "Why the rules drafted it so", example = "indicator 一般公共预算收入 named before it in its clause") String reason,
        @Schema(description = "For a number no rule could place: the words around it", nullable = true) String context,
        @Schema(description = "proposed, accepted or rejected", example = "proposed") String status,
        @Schema(description = "The fields a steward changed", example = "[]") List<String> edited,
        @Schema(description = "Its row version; send `etag` in If-Match to change it", example = "0") long version,
        @Schema(description = "The candidate's entity tag, for If-Match", example = "\"0\"") String etag,
        @Schema(nullable = true, example = "li.wei") String updatedBy,
        @Schema(nullable = true) OffsetDateTime updatedAt) {

    static CandidateDto from(IntakeCandidate c) {
        return new CandidateDto(c.ordinal, c.indicator, c.area, c.project, c.scope, c.period, c.frequency, c.measure,
                c.value, c.unit, c.qualifier, c.quote, c.start, c.end, c.confidence, c.reason, c.context, c.review,
                c.edited.isEmpty() ? List.of() : Arrays.asList(c.edited.split(",")), c.version, etag(c.version),
                c.updatedBy, c.updatedAt);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
