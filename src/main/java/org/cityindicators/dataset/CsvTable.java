package org.cityindicators.dataset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV file with a header row, read into rows of column → value (blank cells are null), each with its line. */
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

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    public static CsvTable read(String name, InputStream in, List<String> required) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> columns = stream(name, new InputStreamReader(in, StandardCharsets.UTF_8), required, rows::add);
        return new CsvTable(name, columns, rows);
    }

    /**
     * Reads a file row by row, holding one row in memory at a time; returns the columns. A missing required column
     * is a {@link DatasetException}; a row with another number of cells than the header comes with its problem.
     */
    public static List<String> stream(String name, Reader reader, List<String> required, RowHandler handler) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> columns = parser.getHeaderNames().stream().map(c -> c.replace("\uFEFF", "").trim()).toList();
            List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new DatasetException(name + " line 1: missing columns " + missing);
            }
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    String cell = i < record.size() ? record.get(i).trim() : "";
                    values.put(columns.get(i), cell.isEmpty() ? null : cell);
                }
                handler.accept(new Row(line, values, record.size() == columns.size() ? null
                        : record.size() + " cells, but the header has " + columns.size()
                        + " (a decimal comma or an unquoted comma in a quote?)"));
                line = parser.getCurrentLineNumber() + 1;
            }
            return columns;
        } catch (java.io.UncheckedIOException e) {
            throw new DatasetException(name + ": not a readable CSV file (" + e.getCause().getMessage() + ")", e);
        }
    }
}
