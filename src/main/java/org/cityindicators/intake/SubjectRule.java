package org.cityindicators.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a number is a figure of. The indicator named last before it in its clause; else the one named right after it
 * in its clause (安排3.06亿元推动基础设施互联互通); else the one named last earlier in its sentence, which governs
 * the clauses after it. An indicator named after a share word in its clause is the total (占规上工业的78.0%), never
 * the subject. A project named in the clause or earlier in the sentence makes the figure the project's.
 */
final class SubjectRule {

    /** The subject found: the indicator's token and how it was found, the project and area tokens, or what blocked it. */
    record Subject(Token indicator, String how, Token project, Token area, Token blockedBy) {
    }

    private SubjectRule() {
    }

    static Subject find(Site site) {
        List<Token> before = site.before();
        Token stop = last(before, t -> t.has(Triggers.STOP));
        if (stop != null) {
            return new Subject(null, null, null, null, stop);
        }
        List<Token> subjects = subjects(site, before);
        Token indicator = last(subjects, SubjectRule::isIndicator);
        String how = "named before it in its clause";
        if (indicator == null) {
            indicator = first(site.after(), SubjectRule::isIndicator);
            how = "named after it in its clause";
        }
        List<Token> earlier = subjects(site, site.earlierInSentence());
        if (indicator == null) {
            indicator = last(earlier, SubjectRule::isIndicator);
            how = site.inTable() ? "named in its table row" : "carried from earlier in its sentence";
        }
        Token project = last(before, t -> t.mention(Mention.Kind.PROJECT) != null);
        project = project != null ? project : first(site.after(), t -> t.mention(Mention.Kind.PROJECT) != null);
        project = project != null ? project : last(earlier, t -> t.mention(Mention.Kind.PROJECT) != null);
        List<Token> sentence = new ArrayList<>(earlier);
        sentence.addAll(before);
        return new Subject(indicator, how, project, last(sentence, t -> t.mention(Mention.Kind.AREA) != null), null);
    }

    /** The names that can be subjects: all but those after a share word in their own clause. */
    private static List<Token> subjects(Site site, List<Token> tokens) {
        List<Token> subjects = new ArrayList<>();
        int shareClause = -1;
        for (Token t : tokens) {
            int clause = site.layout.clause(t.start()).start();
            if (t.has(Triggers.SHARE)) {
                shareClause = clause;
            } else if (t.type() == Token.Type.MENTION && clause != shareClause) {
                subjects.add(t);
            }
        }
        return subjects;
    }

    private static boolean isIndicator(Token t) {
        return t.mention(Mention.Kind.INDICATOR) != null;
    }

    static Token last(List<Token> tokens, Predicate<Token> test) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (test.test(tokens.get(i))) {
                return tokens.get(i);
            }
        }
        return null;
    }

    static Token first(List<Token> tokens, Predicate<Token> test) {
        return tokens.stream().filter(test).findFirst().orElse(null);
    }
}
