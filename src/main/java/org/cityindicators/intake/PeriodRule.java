package org.cityindicators.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The period of each figure. Period expressions are resolved in document order (12月 and 上半年 belong to the year
 * named last, else to the reference date's year). A figure takes the period named last before it in its paragraph
 * (or over its table column); else the one named after it in its sentence; else, for a plan or target, the
 * reference date's year; else the one carried from an earlier paragraph. A cumulative word (累计) earlier in the
 * sentence makes a month the months of the year up to it.
 */
final class PeriodRule {

    /** The period found, with how, and how much that lowers the confidence. */
    record Found(Period period, String how, String doubt) {
    }

    private final TokenIndex marks;
    private final Map<Token, Period> resolved = new HashMap<>();
    private final LocalDate reference;

    PeriodRule(List<Token> tokens, LocalDate reference) {
        this.reference = reference;
        this.marks = new TokenIndex(tokens.stream().filter(t -> t.type() == Token.Type.PERIOD).toList());
        Integer year = null;
        for (Token t : marks.all()) {
            Period period = t.period().resolve(year, reference);
            if (period != null) {
                resolved.put(t, period);
                year = t.period().setsYear() ? Integer.valueOf(period.year()) : year;
            }
        }
    }

    Found find(Site site, boolean plan) {
        Found found = named(site, plan);
        if (found.period() == null) {
            return found;
        }
        Token mark = marks.lastBefore(site.number.start(), site.sentenceStart());
        Token cumulative = SubjectRule.last(site.index.within(mark == null ? site.sentenceStart() : mark.end(),
                site.number.start()), t -> t.has(Triggers.CUMULATIVE));
        if (cumulative != null && !found.period().cumulative().equals(found.period())) {
            return new Found(found.period().cumulative(), found.how() + ", made cumulative by '"
                    + site.words(cumulative) + "'", found.doubt());
        }
        return found;
    }

    private Found named(Site site, boolean plan) {
        if (site.headerCell != null) {
            Token inHeader = marks.firstWithin(site.headerCell.start(), site.headerCell.end());
            if (inHeader != null) {
                return found(inHeader, site, "over its column", "0");
            }
        }
        Token before = marks.lastBefore(site.number.start(), site.paragraph.start());
        if (before != null) {
            boolean sentence = before.start() >= site.sentence.start();
            return found(before, site, sentence ? "in its sentence" : "in its paragraph", sentence ? "0" : "0.02");
        }
        Token after = marks.firstWithin(site.token.end(), site.sentence.end());
        if (after != null) {
            return found(after, site, "named after it in its sentence", "0.05");
        }
        if (plan) {
            return new Found(Period.year(reference.getYear()), "a plan or target with no period in its paragraph: "
                    + "the reference date's year", "0.1");
        }
        Token carried = marks.lastBefore(site.number.start(), 0);
        return carried == null ? new Found(null, "no period named before it", "0.3")
                : found(carried, site, "carried from an earlier paragraph", "0.1");
    }

    private Found found(Token mark, Site site, String how, String doubt) {
        return new Found(resolved.get(mark), "'" + site.words(mark) + "' " + how, doubt);
    }
}
