package org.cityindicators.intake;

import org.cityindicators.intake.Triggers.Trigger;

import java.util.List;

/**
 * Period expressions made of digits and date parts: 2023年 (a year), 12月 / 12月当月 / 4月份 (a month), 4月累计 and
 * 1-4月 / 1至4月 (January to April), and dates such as 2月1日, which are read so that their digits are not taken for
 * figures but name no period.
 */
final class PeriodExpressions {

    private static final String YEAR = "year";
    private static final String MONTH = "month";
    private static final String DAY = "day";

    private final String s;
    private final Triggers triggers;

    PeriodExpressions(String s, Triggers triggers) {
        this.s = s;
        this.triggers = triggers;
    }

    /**
     * The period expression whose number is {@code s[i, j)}: a PERIOD token, a token without triggers for a date
     * (consumed, no period), or null when the number is not part of one.
     */
    Token at(int i, int j, String value) {
        int number = value.length() > 4 ? -1 : Integer.parseInt(value);
        Trigger part = triggers.grammarAt(s, j, Triggers.DATE_PART);
        int after = part == null ? j : j + part.word().length();
        if (part != null && part.meaning().equals(YEAR) && value.length() == 4) {
            return Token.period(i, after, new PeriodMark(PeriodMark.Kind.YEAR, number));
        }
        if (part != null && part.meaning().equals(MONTH) && number >= 1 && number <= 12) {
            return month(i, after, number);
        }
        if (part != null && part.meaning().equals(DAY) && number >= 1 && number <= 31) {
            return consumed(i, after);
        }
        Trigger range = triggers.grammarAt(s, j, Triggers.RANGE);
        return range == null ? null : range(i, j + range.word().length(), number);
    }

    private Token month(int i, int after, int month) {
        int day = digits(after);
        Trigger dayPart = day > after ? triggers.grammarAt(s, day, Triggers.DATE_PART) : null;
        if (dayPart != null && dayPart.meaning().equals(DAY)) {
            return consumed(i, day + dayPart.word().length());
        }
        Trigger cumulative = triggers.wordAt(s, after, Triggers.CUMULATIVE);
        if (cumulative != null) {
            return Token.period(i, after + cumulative.word().length(), new PeriodMark(PeriodMark.Kind.TO_MONTH, month));
        }
        return Token.period(i, afterMarker(after), new PeriodMark(PeriodMark.Kind.MONTH, month));
    }

    /** 1-4月: January to April; another first month, or a range of years, names no period we hold. */
    private Token range(int i, int second, int first) {
        int end = digits(second);
        if (end == second || end - second > 4) {
            return null;
        }
        int last = Integer.parseInt(s.substring(second, end));
        Trigger part = triggers.grammarAt(s, end, Triggers.DATE_PART);
        if (part == null || part.meaning().equals(DAY)) {
            return null;
        }
        int after = afterMarker(end + part.word().length());
        boolean months = part.meaning().equals(MONTH) && first == 1 && last >= 1 && last <= 12;
        return Token.period(i, after, months ? new PeriodMark(PeriodMark.Kind.TO_MONTH, last) : PeriodMark.NONE);
    }

    private int afterMarker(int at) {
        Trigger marker = triggers.wordAt(s, at, Triggers.MONTH);
        return marker == null ? at : at + marker.word().length();
    }

    private int digits(int i) {
        int j = i;
        while (j < s.length() && NumberReader.isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static Token consumed(int i, int end) {
        return Token.triggers(i, end, List.of());
    }
}
