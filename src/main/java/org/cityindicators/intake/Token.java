package org.cityindicators.intake;

import org.cityindicators.intake.Triggers.Trigger;

import java.util.List;

/** A span of the match text that the rules read: a printed number, a period expression, trigger words or names. */
record Token(Type type, int start, int end, Printed number, PeriodMark period, List<Trigger> triggers,
             List<Mention> mentions) {

    enum Type { NUMBER, PERIOD, TRIGGER, MENTION }

    static Token number(Printed number) {
        return new Token(Type.NUMBER, number.start(), number.end(), number, null, List.of(), List.of());
    }

    static Token period(int start, int end, PeriodMark mark) {
        return new Token(Type.PERIOD, start, end, null, mark, List.of(), List.of());
    }

    static Token triggers(int start, int end, List<Trigger> triggers) {
        return new Token(Type.TRIGGER, start, end, null, null, triggers, List.of());
    }

    static Token mentions(int start, int end, List<Mention> mentions) {
        return new Token(Type.MENTION, start, end, null, null, List.of(), mentions);
    }

    /** This token's trigger of a kind, or null. */
    Trigger trigger(String kind) {
        for (Trigger t : triggers) {
            if (t.kind().equals(kind)) {
                return t;
            }
        }
        return null;
    }

    boolean has(String kind) {
        return trigger(kind) != null;
    }

    /** This token's name of a kind (indicator, project, area), or null. */
    Mention mention(Mention.Kind kind) {
        for (Mention m : mentions) {
            if (m.kind() == kind) {
                return m;
            }
        }
        return null;
    }

    boolean inside(int from, int to) {
        return start >= from && end <= to;
    }
}
