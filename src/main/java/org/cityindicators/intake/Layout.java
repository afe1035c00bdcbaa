package org.cityindicators.intake;

import java.util.Arrays;
import java.util.List;

/**
 * Paragraphs (lines), sentences and clauses of a text, and its tables: a line with tabs is a table row whose cells
 * are clauses, and the first row of consecutive rows is their header. Separators inside a number (1,392,476) and a
 * colon between two numbers (7.1:50.6:42.3) separate nothing.
 */
final class Layout {

    private static final String SENTENCE_ENDS = "。！？!?…";
    private static final String CLAUSE_ENDS = "，,；;：:\t";

    /** A span of the text, end exclusive. */
    record Span(int start, int end) {
    }

    private final int length;
    private final int[] paragraphs;
    private final int[] sentences;
    private final int[] clauses;
    private final int[] headers;

    private Layout(String s, int[] paragraphs, int[] sentences, int[] clauses) {
        this.length = s.length();
        this.paragraphs = paragraphs;
        this.sentences = sentences;
        this.clauses = clauses;
        this.headers = new int[paragraphs.length];
        for (int p = 0; p < paragraphs.length; p++) {
            boolean row = s.substring(paragraphs[p], end(paragraphs, p)).indexOf('\t') >= 0;
            headers[p] = !row ? -1 : p > 0 && headers[p - 1] >= 0 ? headers[p - 1] : p;
        }
    }

    static Layout of(String s, List<Token> tokens) {
        boolean[] inNumber = new boolean[s.length()];
        tokens.stream().filter(t -> t.type() == Token.Type.NUMBER)
                .forEach(t -> Arrays.fill(inNumber, t.start(), t.end(), true));
        IntList paragraphs = new IntList();
        IntList sentences = new IntList();
        IntList clauses = new IntList();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inNumber[i] || isRatio(s, i)) {
                continue;
            }
            boolean paragraph = c == '\n';
            boolean sentence = paragraph || SENTENCE_ENDS.indexOf(c) >= 0;
            if (paragraph) {
                paragraphs.add(i + 1);
            }
            if (sentence) {
                sentences.add(i + 1);
            }
            if (sentence || CLAUSE_ENDS.indexOf(c) >= 0) {
                clauses.add(i + 1);
            }
        }
        return new Layout(s, paragraphs.array(), sentences.array(), clauses.array());
    }

    Span paragraph(int position) {
        return span(paragraphs, position);
    }

    Span sentence(int position) {
        return span(sentences, position);
    }

    Span clause(int position) {
        return span(clauses, position);
    }

    /** The header row of the table whose row holds {@code position}, or null when it is no table row. */
    Span header(int position) {
        int p = index(paragraphs, position);
        return headers[p] < 0 ? null : new Span(paragraphs[headers[p]], end(paragraphs, headers[p]));
    }

    private Span span(int[] starts, int position) {
        int i = index(starts, position);
        return new Span(starts[i], end(starts, i));
    }

    private int end(int[] starts, int i) {
        return i + 1 < starts.length ? starts[i + 1] - 1 : length;
    }

    private static int index(int[] starts, int position) {
        int i = Arrays.binarySearch(starts, position);
        return i >= 0 ? i : -i - 2;
    }

    private static boolean isRatio(String s, int i) {
        char c = s.charAt(i);
        return (c == ':' || c == '：') && i > 0 && i + 1 < s.length()
                && NumberReader.isDigit(s.charAt(i - 1)) && NumberReader.isDigit(s.charAt(i + 1));
    }

    /** A growing list of ints that starts with 0. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size = 1;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] array() {
            return Arrays.copyOf(values, size);
        }
    }
}
