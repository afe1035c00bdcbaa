package org.cityindicators.intake;

/**
 * The span a candidate quotes: from the start of the clause where its subject is named (or its own clause, or its
 * table row) to the end of its unit or qualifier, or of a subject or project named after it; never more than the part
 * of the sentence the rules read.
 */
final class QuoteSpan {

    private QuoteSpan() {
    }

    /** Start and end (exclusive) in the match text. */
    static int[] of(Site site, Token subject, Token project, int printedEnd) {
        int start = Math.max(site.inTable() ? site.paragraph.start() : site.clause.start(), site.sentenceStart());
        int end = Math.max(printedEnd, site.number.end());
        for (Token named : new Token[] {subject, project}) {
            if (named == null) {
                continue;
            }
            if (named.start() < site.number.start() && !site.inTable()) {
                start = Math.min(start, Math.max(site.layout.clause(named.start()).start(), site.sentenceStart()));
            } else if (named.start() >= site.number.end()) {
                end = Math.max(end, named.end());
            }
        }
        return trimmed(site, start, end);
    }

    /** A span with leading and trailing blanks left out. */
    static int[] trimmed(Site site, int start, int end) {
        String s = site.text.text();
        int from = start;
        int to = end;
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
