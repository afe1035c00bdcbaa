package org.cityindicators.intake;

import java.math.BigDecimal;

/**
 * A number that no rule could place: kept as a candidate without indicator, with its clause as quote (at most 20
 * characters either side of the number), the words around it as context, and why it was not placed.
 */
final class Unplaced {

    private static final int AROUND = 20;
    private static final int CONTEXT = 15;

    private Unplaced() {
    }

    static Candidate of(Site site, String area, String why) {
        Printed n = site.number;
        int[] quote = QuoteSpan.trimmed(site, Math.max(site.clause.start(), n.start() - AROUND),
                Math.min(site.clause.end(), n.end() + AROUND));
        int[] context = QuoteSpan.trimmed(site, Math.max(site.paragraph.start(), n.start() - CONTEXT),
                Math.min(site.paragraph.end(), n.end() + CONTEXT));
        ContextRules.Found qualifier = ContextRules.qualifier(site, site.before(), site.after(), n.end());
        return new Candidate(null, area, null, null, null, null, null, CandidateDrafter.valueText(n, false),
                n.unit() == null ? null : n.unit().code(), qualifier.code(), site.words(quote[0], quote[1]),
                site.text.original(quote[0]), site.text.originalEnd(quote[1]), BigDecimal.ZERO.setScale(2),
                "not placed: " + why, site.words(context[0], context[1]));
    }
}
