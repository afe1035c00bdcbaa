package org.cityindicators.api;

/**
 * Text cells of the CSV files the service writes and reads, safe to open in a spreadsheet (OWASP, CSV injection): a
 * text that a spreadsheet would take for a formula is written after a single quote, which reading takes off again.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** A text cell as written: one that starts with = + - @ tab or CR gets a leading single quote. */
    public static String neutral(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A cell as read: the quote {@link #neutral} adds is taken off, so that an export imports back unchanged. */
    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }
}
