package org.cityindicators.intake;

import org.cityindicators.intake.Triggers.Trigger;

import java.util.List;

/**
 * A structure such as 三次产业结构为4.5∶38.2∶57.3: the numbers of a ratio after a structure word are the shares of
 * the names its meaning lists (第一产业|第二产业|第三产业), each name matched through the catalogue.
 */
final class StructureRule {

    /** The indicator a part of the ratio is the share of, and why. */
    record Part(String indicator, String how) {
    }

    private static final String RATIO = "∶:：";

    private StructureRule() {
    }

    static Part find(Site site, Vocabulary vocabulary) {
        Token word = SubjectRule.last(site.before(), t -> t.has(Triggers.STRUCTURE));
        if (word == null) {
            return null;
        }
        List<Token> numbers = site.index.within(word.end(), Math.min(site.clause.end(), word.end() + 100)).stream()
                .filter(t -> t.type() == Token.Type.NUMBER).toList();
        int position = numbers.indexOf(site.token);
        Trigger structure = word.trigger(Triggers.STRUCTURE);
        String[] names = structure.meaning().split("\\|");
        if (position < 0 || numbers.size() != names.length || !isRatio(site.text.text(), numbers)) {
            return null;
        }
        return vocabulary.names().exactly(HanScript.simplified(names[position].strip())).stream()
                .filter(m -> m.kind() == Mention.Kind.INDICATOR).findFirst()
                .map(m -> new Part(m.code(), "part " + (position + 1) + " of the ratio after '" + structure.word()
                        + "': the share of '" + names[position].strip() + "'"))
                .orElse(null);
    }

    private static boolean isRatio(String s, List<Token> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            String between = s.substring(numbers.get(i - 1).end(), numbers.get(i).start()).strip();
            if (between.length() != 1 || RATIO.indexOf(between.charAt(0)) < 0) {
                return false;
            }
        }
        return true;
    }
}
