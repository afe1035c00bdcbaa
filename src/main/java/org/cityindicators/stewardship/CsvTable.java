package org.cityindicators.stewardship;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cityindicators.api.CsvCells;
import org.cityindicators.domain.InvalidValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header row, read into rows of column → value (blank cells are null), each with its line. A column
 * with no name (the trailing comma a spreadsheet may write) is ignored while its cells are empty.
 */
public record CsvTable(String name, List<String> columns, List<Row> rows) {

    /** One data row, the line of the file it starts on, and what is wrong with its shape (null when nothing). */
    public record Row(long line, Map<String, String> values, String problem) {
        public Row(long line, Map<String, String> values) {
            this(line, values, null);
        }

        public String get(String column) {
            return values.get(column);
        }
    }

    /** Receives the rows of a file one at a time. */
    public interface RowHandler {
        void accept(Row row) throws IOException;
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    public static CsvTable read(String name, InputStream in, List<String> required) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> columns = stream(name, new StrictReader(in, StandardCharsets.UTF_8), required, rows::add);
        return new CsvTable(name, columns, rows);
    }

    /**
     * Reads a file row by row, holding one row in memory at a time; returns the columns. A header without a required
     * column, with a column twice, or a file that is not CSV is a {@link DatasetException} naming the line; a row with
     * another number of cells than the header comes with its problem.
     */
    public static List<String> stream(String name, Reader reader, List<String> required, RowHandler handler) throws IOException {
        long line = 1;
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> columns = header(name, records.hasNext() ? records.next().values() : new String[0], required);
            line = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                handler.accept(row(line, columns, records.next()));
                line = parser.getCurrentLineNumber() + 1;
            }
            return columns;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw new DatasetException(name, line, "row", "not CSV: a quoted cell that is not closed, or text after "
                        + "the quote that closes a cell (write a quote inside a quoted cell as two quotes)");
            }
            throw e.getCause();
        }
    }

    private static List<String> header(String name, String[] cells, List<String> required) {
        List<String> columns = new ArrayList<>();
        for (String cell : cells) {
            String column = cell.trim();
            if (!column.isEmpty() && columns.contains(column)) {
                throw new DatasetException(name, 1, "header", "column '" + InvalidValue.clip(column) + "' appears twice");
            }
            columns.add(column);
        }
        List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new DatasetException(name, 1, "header", "missing columns " + missing);
        }
        return columns;
    }

    private static Row row(long line, List<String> columns, CSVRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        String problem = record.size() == columns.size() ? null : record.size() + " cells, but the header has "
                + columns.size() + " (a decimal comma or an unquoted comma in a quote?)";
        for (int i = 0; i < columns.size(); i++) {
            String cell = i < record.size() ? CsvCells.restore(record.get(i).trim()) : "";
            if (!columns.get(i).isEmpty()) {
                values.put(columns.get(i), cell.isEmpty() ? null : cell);
            } else if (!cell.isEmpty() && problem == null) {
                problem = "cell " + (i + 1) + " has a value but its column has no name in the header";
            }
        }
        return new Row(line, values, problem);
    }
}
