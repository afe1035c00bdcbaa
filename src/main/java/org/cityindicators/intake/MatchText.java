package org.cityindicators.intake;

import java.util.Arrays;

/**
 * The copy of a document's text that the rules read: simplified characters, ASCII digits, letters, % and decimal
 * points. Each of its positions maps back to a position in the document text, so that quotes and offsets always
 * refer to what was printed (a traditional text stays traditional in its quotes).
 */
final class MatchText {

    private final String text;
    private final int[] origin;
    private final int originalLength;

    private MatchText(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    static MatchText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            String folded = fold(original.charAt(i));
            if (out.length() + folded.length() > origin.length - 1) {
                origin = Arrays.copyOf(origin, origin.length * 2);
            }
            for (int k = 0; k < folded.length(); k++) {
                origin[out.length()] = i;
                out.append(folded.charAt(k));
            }
        }
        return new MatchText(out.toString(), origin, original.length());
    }

    /** A full-width digit, letter, %, . or - as ASCII; a traditional character as simplified. */
    static String fold(char c) {
        boolean fullWidth = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
                || c == '％' || c == '．' || c == '－';
        if (fullWidth) {
            return String.valueOf((char) (c - 0xFEE0));
        }
        return HanScript.simplified(c);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** The document-text position of a position of this copy (its length maps to the document's length). */
    int original(int position) {
        return position >= text.length() ? originalLength : origin[position];
    }

    /** The document-text end of a span of this copy that ends (exclusive) at {@code end}. */
    int originalEnd(int end) {
        return end >= text.length() ? originalLength : origin[end - 1] + 1;
    }
}
