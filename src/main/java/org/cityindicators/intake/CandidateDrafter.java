package org.cityindicators.intake;

import org.cityindicators.intake.MeasureRule.Measured;
import org.cityindicators.intake.SubjectRule.Subject;
import org.cityindicators.intake.Triggers.Trigger;
import org.cityindicators.intake.Vocabulary.Indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Drafts one number as a candidate: runs the rules on its site and writes down what each decided and why. */
final class CandidateDrafter {

    private final Vocabulary vocabulary;
    private final Triggers triggers;
    private final String area;
    private final LocalDate reference;
    private final PeriodRule periods;
    private final ContextRules context;

    CandidateDrafter(Vocabulary vocabulary, Triggers triggers, String area, LocalDate reference, PeriodRule periods,
                  ContextRules context) {
        this.vocabulary = vocabulary;
        this.triggers = triggers;
        this.area = area;
        this.reference = reference;
        this.periods = periods;
        this.context = context;
    }

    Candidate draft(Site site) {
        List<Token> before = site.before();
        Token last = before.isEmpty() ? null : before.get(before.size() - 1);
        if (last != null && last.has(Triggers.ORDINAL) && last.end() == site.number.start()) {
            return Unplaced.of(site, area, "'" + site.words(last) + "' before it: a rank, not a figure");
        }
        StructureRule.Part part = StructureRule.find(site, vocabulary);
        Subject subject = SubjectRule.find(site);
        if (part == null && subject.blockedBy() != null) {
            return Unplaced.of(site, area, "'" + site.words(subject.blockedBy()) + "' before it in its clause: "
                    + "not a figure of the subject");
        }
        String code = part != null ? part.indicator()
                : subject.indicator() == null ? null : subject.indicator().mention(Mention.Kind.INDICATOR).code();
        Indicator indicator = code == null ? null : vocabulary.indicator(code).orElse(null);
        if (indicator == null) {
            return Unplaced.of(site, area, "no indicator of the catalogue named in its clause or earlier in its sentence");
        }
        UnitRule.Found unit = UnitRule.find(site, indicator, vocabulary, triggers, part != null);
        if (unit == null) {
            return Unplaced.of(site, area, "no unit printed with it (near '" + indicator.nameZh() + "')");
        }
        return placed(site, indicator, part, subject, unit);
    }

    /** What the rules decided for a placed figure besides its subject and unit. */
    private record Decisions(PeriodRule.Found period, Measured measured, ContextRules.Found scope,
                             ContextRules.Found qualifier) {
    }

    private Candidate placed(Site site, Indicator indicator, StructureRule.Part part, Subject subject, UnitRule.Found unit) {
        List<Token> before = site.before();
        List<Token> after = site.after();
        List<Trigger> beforeWords = words(before);
        List<Trigger> afterWords = words(after);
        PeriodRule.Found period = periods.find(site, MeasureRule.isPlan(beforeWords, afterWords));
        Measured measured = part != null ? new Measured("share", false, "a ratio of shares → share", false)
                : MeasureRule.decide(beforeWords, afterWords, triggers.unitRole(unit.unit().kind()),
                vocabulary.unit(indicator.unit()).map(u -> triggers.unitRole(u.kind())).orElse(null),
                site.number.fraction() != null, period.period(), reference);
        Decisions d = new Decisions(period, measured, indicator.scoped() ? context.scope(site) : null,
                ContextRules.qualifier(site, before, after, unit.end()));
        Explanation why = new Explanation();
        explainSubject(why, site, indicator, part, subject);
        explain(why, unit, d);
        int[] span = QuoteSpan.of(site, part == null ? subject.indicator() : null, subject.project(),
                Math.max(unit.end(), d.qualifier().end()));
        return candidate(site, indicator, subject, unit, d, span, why);
    }

    private Candidate candidate(Site site, Indicator indicator, Subject subject, UnitRule.Found unit, Decisions d,
                                int[] span, Explanation why) {
        Token project = subject.project();
        Mention named = subject.area() == null ? null : subject.area().mention(Mention.Kind.AREA);
        Period p = d.period().period();
        return new Candidate(indicator.code(), project != null ? null : named != null ? named.code() : area,
                project == null ? null : project.mention(Mention.Kind.PROJECT).code(),
                d.scope() == null ? null : d.scope().code(), p == null ? null : p.notation(),
                p == null ? null : p.frequency(), d.measured().measure(), valueText(site.number, d.measured().negative()),
                unit.unit().code(), d.qualifier().code(), site.words(span[0], span[1]), site.text.original(span[0]),
                site.text.originalEnd(span[1]), why.confidence(), why.reason(), null);
    }

    private static void explain(Explanation why, UnitRule.Found unit, Decisions d) {
        why.doubt("unit: " + unit.how(), unit.doubt());
        Measured measured = d.measured();
        why.doubt("measure: " + measured.why(), measured.measure() == null ? "0.3" : measured.byTense() ? "0.05" : "0");
        why.doubt("period: " + d.period().how(), d.period().doubt());
        ContextRules.Found scope = d.scope();
        if (scope != null) {
            why.doubt("scope: " + scope.how(), scope.code() == null ? "0.3" : scope.carried() ? "0.1" : "0");
        }
        if (d.qualifier().how() != null) {
            why.add("qualifier: " + d.qualifier().how());
        }
    }

    private static void explainSubject(Explanation why, Site site, Indicator indicator, StructureRule.Part part, Subject subject) {
        if (part != null) {
            why.add("indicator " + indicator.code() + ": " + part.how());
        } else {
            boolean sure = subject.how().startsWith("named before") || subject.how().contains("table row");
            why.doubt("indicator " + indicator.code() + ": '" + site.words(subject.indicator()) + "' " + subject.how(),
                    sure ? "0" : "0.05");
        }
        if (subject.project() != null) {
            why.add("project: '" + site.words(subject.project()) + "' named with it (the figure is the project's)");
        }
    }

    /** The number as printed: separators removed, tenths multiplied out (六成 is 60), signed when printed or fallen. */
    static String valueText(Printed n, boolean fallen) {
        String value = n.fraction() == null ? n.digits()
                : new BigDecimal(n.digits()).multiply(BigDecimal.valueOf(n.fraction())).toPlainString();
        return n.negative() || fallen ? "-" + value : value;
    }

    private static List<Trigger> words(List<Token> tokens) {
        return tokens.stream().flatMap(t -> t.triggers().stream()).toList();
    }
}
