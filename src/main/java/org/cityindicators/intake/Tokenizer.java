package org.cityindicators.intake;

import org.cityindicators.intake.Triggers.Trigger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the match text into tokens in three passes: numbers and digit period expressions; names of the catalogue
 * (longest first); trigger words (longest first). A Chinese number word inside a name is part of the name (百千万工程),
 * and a trigger word strictly inside a name is part of the name (预算 in 一般公共预算收入); a trigger spelled exactly
 * like a name (总投资) keeps both meanings.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(MatchText text, Vocabulary vocabulary, Triggers triggers) {
        String s = text.text();
        List<Token> numbers = new NumberReader(text, vocabulary, triggers).read();
        boolean[] digits = new boolean[s.length()];
        numbers.stream().filter(t -> !isWords(s, t)).forEach(t -> mark(digits, t));
        List<Token> names = scan(s, vocabulary.names(), digits, Token::mentions);
        int[] owner = owners(s.length(), names);
        numbers.removeIf(t -> isWords(s, t) && overlaps(owner, t));
        boolean[] taken = new boolean[s.length()];
        numbers.forEach(t -> mark(taken, t));
        List<Token> words = scan(s, triggers.words(), taken, Tokenizer::word);
        words.removeIf(w -> strictlyInside(owner, names, w));
        List<Token> all = new ArrayList<>(numbers);
        all.addAll(names);
        all.addAll(words);
        all.sort(Comparator.comparingInt(Token::start).thenComparingInt(t -> t.type().ordinal()));
        return List.copyOf(all);
    }

    private static <T> List<Token> scan(String s, Lexicon<T> lexicon, boolean[] taken,
                                        TokenMaker<T> maker) {
        List<Token> found = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Lexicon.Match<T> match = taken[i] ? null : lexicon.longest(s, i);
            if (match != null && !anyTaken(taken, match.start(), match.end())) {
                found.add(maker.make(match.start(), match.end(), match.values()));
                i = match.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** A period word (今年, 上半年) as a period mark; any other trigger word as it is. */
    private static Token word(int start, int end, List<Trigger> triggers) {
        return triggers.stream().filter(t -> t.kind().equals(Triggers.PERIOD)).findFirst()
                .map(t -> Token.period(start, end, PeriodMark.parse(t.meaning())))
                .orElseGet(() -> Token.triggers(start, end, triggers));
    }

    /** Builds a token from a match. */
    interface TokenMaker<T> {
        Token make(int start, int end, List<T> values);
    }

    /** A number written in Chinese words rather than digits. */
    private static boolean isWords(String s, Token t) {
        return t.type() == Token.Type.NUMBER && !t.number().negative() && !NumberReader.isDigit(s.charAt(t.start()));
    }

    private static void mark(boolean[] taken, Token t) {
        for (int i = t.start(); i < t.end(); i++) {
            taken[i] = true;
        }
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** For each position, 1 + the index of the name covering it, or 0. */
    private static int[] owners(int length, List<Token> names) {
        int[] owner = new int[length];
        for (int n = 0; n < names.size(); n++) {
            for (int i = names.get(n).start(); i < names.get(n).end(); i++) {
                owner[i] = n + 1;
            }
        }
        return owner;
    }

    private static boolean overlaps(int[] owner, Token t) {
        for (int i = t.start(); i < t.end(); i++) {
            if (owner[i] != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean strictlyInside(int[] owner, List<Token> names, Token word) {
        int n = owner[word.start()];
        if (n == 0 || owner[word.end() - 1] != n) {
            return false;
        }
        Token name = names.get(n - 1);
        return name.start() != word.start() || name.end() != word.end();
    }
}
