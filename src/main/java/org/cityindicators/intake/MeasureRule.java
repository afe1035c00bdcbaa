package org.cityindicators.intake;

import org.cityindicators.intake.Triggers.Trigger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The measure of a figure and its sign, from the trigger words before it in its clause and the kind of its unit.
 * In percentage points: schedule_gap after 快于/慢于序时进度, else pp_change (negative after a fall word). In %:
 * budget_progress, execution_rate (a % after an adjusted-budget word), share, a growth (yoy_growth, or
 * planned_growth when planned or when its period had not ended by the reference date), or a level when the
 * indicator itself is measured in %. Otherwise a level: adjusted_budget, planned (a plan word, or a period not yet
 * ended), or actual; a growth or fall word right before a level (增加2.15万人) is an absolute change, left without
 * measure for the steward.
 */
final class MeasureRule {

    /** The measure (null when no rule decides), whether the value is negative, and why. */
    record Measured(String measure, boolean negative, String why, boolean byTense) {
    }

    static final String PERCENT = "percent";
    static final String POINTS = "points";
    private static final String PLANNED = "planned";
    private static final String ACTUAL = "actual";
    private static final String ADJUSTED = "adjusted_budget";
    private static final String PLANNED_GROWTH = "planned_growth";

    private MeasureRule() {
    }

    static Measured decide(List<Trigger> before, List<Trigger> after, String unitRole, String indicatorRole,
                           boolean fraction, Period period, LocalDate reference) {
        boolean ended = period == null || period.endedBefore(reference);
        if (fraction) {
            return new Measured("share", false, "a fraction word (成) → share", false);
        }
        if (POINTS.equals(unitRole)) {
            return points(before);
        }
        if (PERCENT.equals(unitRole)) {
            Measured measured = percent(before, ended);
            if (measured != null || !PERCENT.equals(indicatorRole)) {
                return measured != null ? measured : new Measured(null, false, "a % with no measure word", false);
            }
        }
        return level(before, after, ended);
    }

    private static Measured points(List<Trigger> before) {
        Trigger schedule = last(before, Set.of(Triggers.SCHEDULE));
        if (schedule != null) {
            return of("schedule_gap", schedule.meaning().startsWith("-"), schedule);
        }
        Trigger change = last(before, Set.of(Triggers.GROWTH, Triggers.FALL));
        return change == null ? new Measured("pp_change", false, "percentage points → pp_change", false)
                : of("pp_change", change.kind().equals(Triggers.FALL), change);
    }

    private static Measured percent(List<Trigger> before, boolean ended) {
        for (String kind : List.of(Triggers.PROGRESS, Triggers.EXECUTION, Triggers.SHARE)) {
            Trigger t = last(before, Set.of(kind));
            if (t != null) {
                return of(t.meaning(), false, t);
            }
        }
        Trigger adjusted = last(before, Set.of(Triggers.MEASURE));
        if (adjusted != null && adjusted.meaning().equals(ADJUSTED)) {
            return new Measured("execution_rate", false, "'" + adjusted.word() + "' before a % → execution_rate", false);
        }
        Trigger growth = last(before, Set.of(Triggers.GROWTH, Triggers.FALL));
        if (growth == null) {
            return null;
        }
        boolean planned = growth.meaning().equals(PLANNED_GROWTH) || !ended;
        return of(planned ? PLANNED_GROWTH : "yoy_growth", growth.kind().equals(Triggers.FALL), growth);
    }

    private static Measured level(List<Trigger> before, List<Trigger> after, boolean ended) {
        Trigger last = last(before, Set.of(Triggers.MEASURE));
        Trigger change = last(before, Set.of(Triggers.GROWTH, Triggers.FALL));
        if (change != null && (last == null || before.lastIndexOf(change) > before.lastIndexOf(last))) {
            return new Measured(null, change.kind().equals(Triggers.FALL), "'" + change.word()
                    + "' before a level: an absolute change, which has no measure", false);
        }
        if (last != null && last.meaning().equals(ADJUSTED)) {
            return of(ADJUSTED, false, last);
        }
        Trigger plan = before.stream().filter(t -> isMeasure(t, PLANNED)).findFirst().orElse(null);
        if (plan != null) {
            return of(PLANNED, false, plan);
        }
        Trigger actual = before.stream().filter(t -> isMeasure(t, ACTUAL)).findFirst().orElse(null);
        if (actual != null) {
            return ended ? of(ACTUAL, false, actual) : new Measured(PLANNED, false,
                    "'" + actual.word() + "', but its period had not ended by the reference date → planned", false);
        }
        Trigger target = after.stream().filter(t -> isMeasure(t, PLANNED)).findFirst().orElse(null);
        if (target != null) {
            return of(PLANNED, false, target);
        }
        return ended ? new Measured(ACTUAL, false, "no measure word, its period had ended → actual", true)
                : new Measured(PLANNED, false, "no measure word, its period had not ended → planned", true);
    }

    /** Whether a plan or target word stands in the clause (for the period of a figure that names none). */
    static boolean isPlan(List<Trigger> before, List<Trigger> after) {
        return before.stream().anyMatch(t -> isMeasure(t, PLANNED) || t.meaning().equals(PLANNED_GROWTH))
                || after.stream().anyMatch(t -> isMeasure(t, PLANNED));
    }

    private static boolean isMeasure(Trigger t, String meaning) {
        return t.kind().equals(Triggers.MEASURE) && t.meaning().equals(meaning);
    }

    private static Trigger last(List<Trigger> triggers, Set<String> kinds) {
        for (int i = triggers.size() - 1; i >= 0; i--) {
            if (kinds.contains(triggers.get(i).kind())) {
                return triggers.get(i);
            }
        }
        return null;
    }

    private static Measured of(String measure, boolean negative, Trigger trigger) {
        return new Measured(measure, negative, "'" + trigger.word() + "' → " + measure + (negative ? " (negative)" : ""), false);
    }
}
