package org.cityindicators.intake;

import org.cityindicators.intake.Triggers.Trigger;
import org.cityindicators.intake.Vocabulary.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the numbers of a text and the period expressions made of digits (2023年, 12月, 1-4月, 2月1日): Arabic
 * numbers with thousands separators, decimals and a printed minus, Chinese number words followed by a unit, a
 * fraction word or the start of a unit, and what follows each number. Digits right after Latin letters are a code
 * (A01, G325), not a number, unless the letters are a name of the catalogue (GDP5000亿元).
 */
final class NumberReader {

    private final String s;
    private final Vocabulary vocabulary;
    private final Triggers triggers;
    private final PeriodExpressions periods;
    private final List<Token> tokens = new ArrayList<>();

    NumberReader(MatchText text, Vocabulary vocabulary, Triggers triggers) {
        this.s = text.text();
        this.vocabulary = vocabulary;
        this.triggers = triggers;
        this.periods = new PeriodExpressions(s, triggers);
    }

    List<Token> read() {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isLatin(c)) {
                i = skipCode(i);
            } else if (isDigit(c)) {
                i = readArabic(i);
            } else if (numeral(i) != null) {
                i = readChinese(i);
            } else {
                i++;
            }
        }
        return tokens;
    }

    private int readArabic(int i) {
        int j = digits(i);
        boolean grouped = false;
        while (j + 3 < s.length() && s.charAt(j) == ',' && digits(j + 1) == j + 4) {
            j += 4;
            grouped = true;
        }
        boolean integer = !(j + 1 < s.length() && s.charAt(j) == '.' && isDigit(s.charAt(j + 1)));
        if (!integer) {
            j = digits(j + 1);
        }
        String value = s.substring(i, j).replace(",", "");
        if (integer && !grouped) {
            Token period = periods.at(i, j, value);
            if (period != null) {
                if (period.type() == Token.Type.PERIOD) {
                    tokens.add(period);
                }
                return period.end();
            }
        }
        boolean negative = i > 0 && isMinus(s.charAt(i - 1)) && (i == 1 || opensCell(s.charAt(i - 2)));
        return follow(negative ? i - 1 : i, j, value, negative);
    }

    private int readChinese(int i) {
        List<Integer> values = new ArrayList<>();
        int j = i;
        for (Trigger t = numeral(j); t != null; t = numeral(++j)) {
            values.add(Integer.parseInt(t.meaning()));
        }
        int end = follow(i, j, ChineseNumbers.value(values).toPlainString(), false);
        Printed last = tokens.get(tokens.size() - 1).number();
        if (last.unit() == null && last.fraction() == null && last.prefix().isEmpty()) {
            tokens.remove(tokens.size() - 1);
            return j;
        }
        return end;
    }

    /** Records the number with its unit, fraction word or unit prefix; returns where reading goes on. */
    private int follow(int start, int digitsEnd, String value, boolean negative) {
        int k = skipSpaces(digitsEnd);
        Lexicon.Match<Unit> unit = vocabulary.symbols().longest(s, k);
        if (unit != null) {
            tokens.add(Token.number(new Printed(start, digitsEnd, unit.end(), value, negative, unit.values().get(0), "", k, null)));
            return unit.end();
        }
        Trigger fraction = triggers.grammarAt(s, k, Triggers.FRACTION);
        if (fraction != null) {
            int end = k + fraction.word().length();
            tokens.add(Token.number(new Printed(start, digitsEnd, end, value, negative, null, "", k,
                    Integer.valueOf(fraction.meaning()))));
            return end;
        }
        int prefixEnd = vocabulary.symbols().prefixEnd(s, k);
        tokens.add(Token.number(new Printed(start, digitsEnd, digitsEnd, value, negative, null,
                s.substring(k, prefixEnd), prefixEnd, null)));
        return digitsEnd;
    }

    private Trigger numeral(int at) {
        return at < s.length() ? triggers.grammarAt(s, at, Triggers.NUMERAL) : null;
    }

    /** Skips a run of letters, and the digits after it unless the letters are a name (GDP5000亿元 is a figure). */
    private int skipCode(int i) {
        int j = i;
        while (j < s.length() && isLatin(s.charAt(j))) {
            j++;
        }
        if (!vocabulary.names().exactly(s.substring(i, j)).isEmpty()) {
            return j;
        }
        while (j < s.length() && (isLatin(s.charAt(j)) || isDigit(s.charAt(j)))) {
            j++;
        }
        return j;
    }

    private int digits(int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private int skipSpaces(int i) {
        int j = i;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\u00A0' || s.charAt(j) == '\u3000')) {
            j++;
        }
        return j;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212';
    }

    private static boolean opensCell(char c) {
        return Character.isWhitespace(c) || "（(：:，,；;".indexOf(c) >= 0;
    }
}
