package org.cityindicators.observation;

import org.cityindicators.domain.InvalidValue;
import org.cityindicators.domain.Lang;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year (2023), half-year (2023-H1), quarter (2023-Q1), month (2023-12) or year-to-date
 * cumulative period, an ISO 8601 interval of months within one calendar year (2024-01/2024-04). It covers the days
 * from {@code start} up to, not including, {@code end}; V11 checks the same rules in the database.
 */
public record Period(String text, Frequency frequency, LocalDate start, LocalDate end) {

    private static final Pattern SYNTAX = Pattern.compile(
            "([0-9]{4})(?:-(?:H([0-9])|Q([0-9])|([0-9]{2})(?:/([0-9]{4})-([0-9]{2}))?))?");
    /** The shape of every period text, for schemas (a cumulative period also ends in its own year, not before it starts). */
    public static final String PATTERN = "[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])(/[0-9]{4}-(0[1-9]|1[0-2]))?))?";
    private static final String FORMS = "write a year (2023), a half-year (2023-H1), a quarter (2023-Q1), a month "
            + "(2023-12) or months of one year to date (2024-01/2024-04)";

    /** A text that is not a period, with why. */
    public static final class Malformed extends IllegalArgumentException {
        Malformed(String text, String why) {
            super("'" + InvalidValue.clip(text) + "' " + why);
        }
    }

    /** Parses a period; {@link Malformed} when the text is not one. */
    public static Period parse(String text) {
        Matcher m = text == null ? null : SYNTAX.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new Malformed(text, "is not a period; " + FORMS);
        }
        int year = Integer.parseInt(m.group(1));
        if (year == 0) {
            throw new Malformed(text, "has no year 0000");
        }
        if (m.group(2) != null) {
            return half(year, number(text, m.group(2), 2, "half-year"));
        }
        if (m.group(3) != null) {
            return quarter(year, number(text, m.group(3), 4, "quarter"));
        }
        if (m.group(4) == null) {
            return year(year);
        }
        int month = number(text, m.group(4), 12, "month");
        if (m.group(5) == null) {
            return month(year, month);
        }
        int endMonth = number(text, m.group(6), 12, "month");
        if (Integer.parseInt(m.group(5)) != year) {
            throw new Malformed(text, "crosses a year: a cumulative period ends in the year it starts");
        }
        if (endMonth < month) {
            throw new Malformed(text, "ends before it starts");
        }
        return yearToDate(year, month, endMonth);
    }

    private static int number(String text, String digits, int max, String what) {
        int n = Integer.parseInt(digits);
        if (n < 1 || n > max) {
            throw new Malformed(text, "has no " + what + " " + digits + " (1 to " + max + ")");
        }
        return n;
    }

    static Period year(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return new Period(String.format("%04d", year), Frequency.YEAR, start, start.plusYears(1));
    }

    static Period half(int year, int half) {
        LocalDate start = LocalDate.of(year, half * 6 - 5, 1);
        return new Period(String.format("%04d-H%d", year, half), Frequency.HALF_YEAR, start, start.plusMonths(6));
    }

    static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        return new Period(String.format("%04d-Q%d", year, quarter), Frequency.QUARTER, start, start.plusMonths(3));
    }

    static Period month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new Period(String.format("%04d-%02d", year, month), Frequency.MONTH, start, start.plusMonths(1));
    }

    static Period yearToDate(int year, int first, int last) {
        return new Period(String.format("%04d-%02d/%04d-%02d", year, first, year, last), Frequency.YEAR_TO_DATE,
                LocalDate.of(year, first, 1), LocalDate.of(year, last, 1).plusMonths(1));
    }

    /** The period just before this one of the same length; none for a cumulative period (its months overlap). */
    public Period previous() {
        return switch (frequency) {
            case YEAR -> year(start.getYear() - 1);
            case HALF_YEAR -> at(start.minusMonths(6));
            case QUARTER -> at(start.minusMonths(3));
            case MONTH -> at(start.minusMonths(1));
            case YEAR_TO_DATE -> null;
        };
    }

    /** The same period a year earlier: for a cumulative period, the same months of the year before. */
    public Period yearEarlier() {
        return frequency == Frequency.YEAR_TO_DATE
                ? yearToDate(start.getYear() - 1, start.getMonthValue(), end.minusMonths(1).getMonthValue())
                : at(start.minusYears(1));
    }

    private Period at(LocalDate newStart) {
        return switch (frequency) {
            case YEAR -> year(newStart.getYear());
            case HALF_YEAR -> half(newStart.getYear(), (newStart.getMonthValue() + 5) / 6);
            case QUARTER -> quarter(newStart.getYear(), (newStart.getMonthValue() + 2) / 3);
            case MONTH -> month(newStart.getYear(), newStart.getMonthValue());
            case YEAR_TO_DATE -> throw new IllegalStateException("a cumulative period has no single start");
        };
    }

    /** How people read the period: 2024年1-4月累计, 2023年上半年, 2023年一季度; Jan–Apr 2024, H1 2023, Q1 2023. */
    public String label(Lang lang) {
        int year = start.getYear();
        int month = start.getMonthValue();
        int last = end.minusMonths(1).getMonthValue();
        boolean en = lang == Lang.EN;
        return switch (frequency) {
            case YEAR -> en ? text : year + "年";
            case HALF_YEAR -> en ? "H" + (month / 6 + 1) + " " + year : year + (month == 1 ? "年上半年" : "年下半年");
            case QUARTER -> en ? "Q" + (month / 3 + 1) + " " + year : year + "年" + "一二三四".charAt(month / 3) + "季度";
            case MONTH -> en ? monthName(month) + " " + year : year + "年" + month + "月";
            case YEAR_TO_DATE -> en ? monthName(month) + (last == month ? "" : "–" + monthName(last)) + " " + year
                    : year + "年" + month + (last == month ? "" : "-" + last) + "月累计";
        };
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
