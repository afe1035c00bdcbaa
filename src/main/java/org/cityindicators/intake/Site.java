package org.cityindicators.intake;

import org.cityindicators.intake.Layout.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * One printed number in its context: its clause, sentence and paragraph, and in a table its row and the header cell
 * of its column. Rules read the tokens before the number in its clause (a header cell counts as the start of the
 * clause: 比上年增长% over a column makes its numbers growths) and those after it up to the next number.
 */
final class Site {

    /** How far before and after its number a rule reads, in characters, so that a long run-on text stays linear. */
    private static final int WINDOW = 120;

    final Token token;
    final Printed number;
    final Span clause;
    final Span sentence;
    final Span paragraph;
    final Span headerCell;
    final TokenIndex index;
    final MatchText text;
    final Layout layout;
    final Span header;
    private final String document;

    Site(Token token, Layout layout, TokenIndex index, MatchText text, String document) {
        this.document = document;
        this.token = token;
        this.number = token.number();
        this.clause = layout.clause(token.start());
        this.sentence = layout.sentence(token.start());
        this.paragraph = layout.paragraph(token.start());
        this.index = index;
        this.text = text;
        this.layout = layout;
        Span header = layout.header(token.start());
        this.header = header == null || header.start() == paragraph.start() ? null : header;
        this.headerCell = this.header == null ? null : cell(this.header, column(number.start()));
    }

    boolean inTable() {
        return headerCell != null;
    }

    /** The document's words of a span of the match text (traditional stays traditional). */
    String words(int start, int end) {
        if (end <= start) {
            return "";
        }
        return document.substring(text.original(start), text.originalEnd(end));
    }

    String words(Token token) {
        return words(token.start(), token.end());
    }

    /** The tokens before the number in its clause, led by those of its column's header cell. */
    List<Token> before() {
        List<Token> before = new ArrayList<>();
        if (headerCell != null) {
            before.addAll(index.within(headerCell.start(), headerCell.end()));
        }
        before.addAll(index.within(Math.max(clause.start(), number.start() - WINDOW), number.start()));
        return before;
    }

    /** The tokens after the number in its clause, up to the next number. */
    List<Token> after() {
        List<Token> after = new ArrayList<>();
        for (Token t : index.within(token.end(), Math.min(clause.end(), token.end() + WINDOW))) {
            if (t.type() == Token.Type.NUMBER) {
                break;
            }
            after.add(t);
        }
        return after;
    }

    /** The tokens of the sentence before the number's clause (within twice the window). */
    List<Token> earlierInSentence() {
        return index.within(Math.max(sentence.start(), clause.start() - 2 * WINDOW), clause.start());
    }

    /** The start of the part of the sentence the rules read. */
    int sentenceStart() {
        return Math.max(sentence.start(), number.start() - 2 * WINDOW);
    }

    /** The column of a position of this number's row. */
    int column(int position) {
        int tabs = 0;
        for (int i = paragraph.start(); i < position; i++) {
            tabs += text.charAt(i) == '\t' ? 1 : 0;
        }
        return tabs;
    }

    /** The cell of a row in a column, or null when the row is shorter. */
    Span cell(Span row, int column) {
        int start = row.start();
        for (int c = 0; c < column; c++) {
            int tab = text.text().indexOf('\t', start);
            if (tab < 0 || tab >= row.end()) {
                return null;
            }
            start = tab + 1;
        }
        int tab = text.text().indexOf('\t', start);
        return new Span(start, tab < 0 || tab > row.end() ? row.end() : tab);
    }
}
