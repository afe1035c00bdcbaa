package org.cityindicators.observation;

import org.cityindicators.api.ApiException;
import org.cityindicators.api.Problem;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period written as an ISO year (2023) or year-month (2023-12). */
public record Period(String text, Frequency frequency, LocalDate start) {

    private static final Pattern SYNTAX = Pattern.compile("([0-9]{4})(?:-([0-9]{2}))?");

    /** Parses a period; a 400 naming {@code parameter} when the text is not a year or a year-month. */
    public static Period parse(String text, String parameter) {
        Matcher m = text == null ? null : SYNTAX.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw ApiException.badParameter(parameter,
                    "'" + Problem.clip(text) + "' is not a period; write a year (2023) or a year and month (2023-12)");
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return new Period(m.group(1), Frequency.YEAR, LocalDate.of(year, 1, 1));
            }
            return new Period(m.group(0), Frequency.MONTH, LocalDate.of(year, Integer.parseInt(m.group(2)), 1));
        } catch (DateTimeException e) {
            throw ApiException.badParameter(parameter, "'" + Problem.clip(text) + "' has no such month");
        }
    }

    /** The period just before this one. */
    public Period previous() {
        return of(frequency, frequency == Frequency.YEAR ? start.minusYears(1) : start.minusMonths(1));
    }

    /** The same period a year earlier. */
    public Period yearEarlier() {
        return of(frequency, start.minusYears(1));
    }

    private static Period of(Frequency frequency, LocalDate start) {
        String text = frequency == Frequency.YEAR ? String.format("%04d", start.getYear())
                : String.format("%04d-%02d", start.getYear(), start.getMonthValue());
        return new Period(text, frequency, start);
    }

    /** First day after the period. */
    public LocalDate end() {
        return frequency == Frequency.YEAR ? start.plusYears(1) : start.plusMonths(1);
    }
}
