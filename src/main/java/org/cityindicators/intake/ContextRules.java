package org.cityindicators.intake;

import org.cityindicators.intake.Triggers.Trigger;

import java.util.List;

/**
 * The fiscal scope and the qualifier of a figure. The scope (for scoped indicators only) is the scope word named last
 * before the number: in its sentence, its paragraph, or carried from an earlier paragraph. The qualifier is a
 * qualifier word right before the number (超13亿元, 近六成) or right after its unit (5%左右); exact otherwise.
 */
final class ContextRules {

    /** A scope or qualifier found, with how, whether it was carried from another paragraph, and where its word ends. */
    record Found(String code, String how, boolean carried, int end) {
    }

    private final TokenIndex scopes;

    ContextRules(List<Token> tokens) {
        this.scopes = new TokenIndex(tokens.stream().filter(t -> t.has(Triggers.SCOPE)).toList());
    }

    Found scope(Site site) {
        Token word = scopes.lastBefore(site.number.start(), 0);
        if (word == null) {
            return new Found(null, "no scope word before it", true, -1);
        }
        String quoted = "'" + site.words(word) + "' ";
        if (word.start() >= site.sentence.start()) {
            return new Found(word.trigger(Triggers.SCOPE).meaning(), quoted + "in its sentence", false, word.end());
        }
        boolean paragraph = word.start() >= site.paragraph.start();
        return new Found(word.trigger(Triggers.SCOPE).meaning(),
                quoted + (paragraph ? "carried from its paragraph" : "carried from an earlier paragraph"), !paragraph,
                word.end());
    }

    static Found qualifier(Site site, List<Token> before, List<Token> after, int end) {
        Token prev = before.isEmpty() ? null : before.get(before.size() - 1);
        if (prev != null && prev.has(Triggers.QUALIFIER) && blank(site, prev.end(), site.number.start())) {
            return found(site, prev);
        }
        Token next = after.isEmpty() ? null : after.get(0);
        if (next != null && next.has(Triggers.QUALIFIER) && next.start() >= end && blank(site, end, next.start())) {
            return found(site, next);
        }
        return new Found("exact", null, false, -1);
    }

    private static Found found(Site site, Token word) {
        Trigger t = word.trigger(Triggers.QUALIFIER);
        return new Found(t.meaning(), "'" + site.words(word) + "' → " + t.meaning(), false, word.end());
    }

    private static boolean blank(Site site, int from, int to) {
        return from <= to && site.text.text().substring(from, to).isBlank();
    }
}
