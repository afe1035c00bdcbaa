package org.cityindicators.intake;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A resolved period in the service's notation: 2023 (year), 2023-H1 (half_year), 2023-Q1 (quarter), 2023-12 (month),
 * 2024-01/2024-04 (year_to_date, always from January), with its frequency and last day.
 */
record Period(String notation, String frequency, LocalDate lastDay) {

    static Period year(int year) {
        return new Period(String.format("%04d", year), "year", LocalDate.of(year, 12, 31));
    }

    static Period half(int year, int half) {
        return new Period(String.format("%04d-H%d", year, half), "half_year", YearMonth.of(year, half * 6).atEndOfMonth());
    }

    static Period quarter(int year, int quarter) {
        return new Period(String.format("%04d-Q%d", year, quarter), "quarter", YearMonth.of(year, quarter * 3).atEndOfMonth());
    }

    static Period month(int year, int month) {
        return new Period(String.format("%04d-%02d", year, month), "month", YearMonth.of(year, month).atEndOfMonth());
    }

    /** January to {@code month} of one year; January alone is that month. */
    static Period toMonth(int year, int month) {
        if (month == 1) {
            return month(year, 1);
        }
        return new Period(String.format("%04d-01/%04d-%02d", year, year, month), "year_to_date",
                YearMonth.of(year, month).atEndOfMonth());
    }

    /** Whether the period had ended before the reference date (its figures are actuals, not plans). */
    boolean endedBefore(LocalDate reference) {
        return lastDay.isBefore(reference);
    }

    int year() {
        return Integer.parseInt(notation.substring(0, 4));
    }

    /** The year-to-date period ending with this month, or this period when it is not a month. */
    Period cumulative() {
        return frequency.equals("month") ? toMonth(year(), lastDay.getMonthValue()) : this;
    }
}
