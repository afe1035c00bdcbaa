package org.cityindicators.intake;

import java.math.BigDecimal;

/**
 * One figure drafted from a document, for a steward to accept, edit or reject. {@code valueText} is the number as
 * printed (thousands separators removed, a fall signed, 六成 as 60, 千亿 in 亿元 as 1000); {@code quote} is
 * {@code text.substring(start, end)} of the document text (UTF-16 offsets, end exclusive). A number that no rule
 * could place has no indicator, and {@code context} holds the words around it.
 */
public record Candidate(String indicator, String area, String project, String scope, String period, String frequency,
                        String measure, String valueText, String unit, String qualifier, String quote, int start,
                        int end, BigDecimal confidence, String reason, String context) {

    /** Whether a rule named an indicator for this number. */
    public boolean placed() {
        return indicator != null;
    }

    /** What makes two candidates the same figure: everything but where it was printed and why. */
    String identity() {
        return String.join("|", String.valueOf(indicator), String.valueOf(area), String.valueOf(project),
                String.valueOf(scope), String.valueOf(period), String.valueOf(measure), valueText,
                String.valueOf(unit), String.valueOf(qualifier));
    }

    Candidate withReason(String more) {
        return new Candidate(indicator, area, project, scope, period, frequency, measure, valueText, unit, qualifier,
                quote, start, end, confidence, reason + more, context);
    }
}
