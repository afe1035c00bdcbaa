package org.cityindicators.intake;

import java.util.ArrayList;
import java.util.List;

/** The tokens of a text in order, with the tokens lying inside a span found by binary search. */
final class TokenIndex {

    private final List<Token> tokens;
    private final int[] starts;

    TokenIndex(List<Token> tokens) {
        this.tokens = tokens;
        this.starts = tokens.stream().mapToInt(Token::start).toArray();
    }

    List<Token> all() {
        return tokens;
    }

    /** The tokens that lie wholly inside [from, to), in order. */
    List<Token> within(int from, int to) {
        List<Token> within = new ArrayList<>();
        for (int i = firstAtOrAfter(from); i < tokens.size() && tokens.get(i).start() < to; i++) {
            if (tokens.get(i).end() <= to) {
                within.add(tokens.get(i));
            }
        }
        return within;
    }

    /** The last token that ends at or before {@code position} and starts at or after {@code floor}, or null. */
    Token lastBefore(int position, int floor) {
        for (int i = firstAtOrAfter(position) - 1; i >= 0 && tokens.get(i).start() >= floor; i--) {
            if (tokens.get(i).end() <= position) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** The first token that lies wholly inside [from, to), or null. */
    Token firstWithin(int from, int to) {
        int i = firstAtOrAfter(from);
        return i < tokens.size() && tokens.get(i).end() <= to ? tokens.get(i) : null;
    }

    private int firstAtOrAfter(int position) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
