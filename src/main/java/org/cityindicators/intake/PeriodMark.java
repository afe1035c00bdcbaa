package org.cityindicators.intake;

import java.time.LocalDate;

/** What a period expression says before it is resolved against the year in context and the reference date. */
record PeriodMark(Kind kind, int value) {

    enum Kind { YEAR, RELATIVE_YEAR, CONTEXT_YEAR, HALF, QUARTER, MONTH, TO_MONTH, NONE }

    static final PeriodMark NONE = new PeriodMark(Kind.NONE, 0);

    /** A period trigger's meaning: year+0, year-1, year, H1, H2, Q1..Q4, YTD9; NONE when it is none of these. */
    static PeriodMark parse(String meaning) {
        String m = meaning == null ? "" : meaning.strip();
        try {
            if (m.equals("year")) {
                return new PeriodMark(Kind.CONTEXT_YEAR, 0);
            }
            if (m.startsWith("year")) {
                return new PeriodMark(Kind.RELATIVE_YEAR, Integer.parseInt(m.substring(4).replace("+", "")));
            }
            if (m.startsWith("H")) {
                return bounded(Kind.HALF, Integer.parseInt(m.substring(1)), 2);
            }
            if (m.startsWith("Q")) {
                return bounded(Kind.QUARTER, Integer.parseInt(m.substring(1)), 4);
            }
            if (m.startsWith("YTD")) {
                return bounded(Kind.TO_MONTH, Integer.parseInt(m.substring(3)), 12);
            }
        } catch (NumberFormatException e) {
            return NONE;
        }
        return NONE;
    }

    private static PeriodMark bounded(Kind kind, int value, int max) {
        return value >= 1 && value <= max ? new PeriodMark(kind, value) : NONE;
    }

    /** Whether this mark names a year that later marks without one (12月, 上半年) belong to. */
    boolean setsYear() {
        return kind == Kind.YEAR || kind == Kind.RELATIVE_YEAR;
    }

    /** The period, given the year in context (null when none was named) and the reference date. */
    Period resolve(Integer contextYear, LocalDate reference) {
        int year = contextYear != null ? contextYear : reference.getYear();
        return switch (kind) {
            case YEAR -> Period.year(value);
            case RELATIVE_YEAR -> Period.year(reference.getYear() + value);
            case CONTEXT_YEAR -> Period.year(year);
            case HALF -> Period.half(year, value);
            case QUARTER -> Period.quarter(year, value);
            case MONTH -> Period.month(year, value);
            case TO_MONTH -> Period.toMonth(year, value);
            case NONE -> null;
        };
    }
}
