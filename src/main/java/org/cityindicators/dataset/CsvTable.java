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
record CsvTable(String name, List<String> columns, List<Row> rows) {

    /** One data row and the line of the file it starts on. */
    record Row(long line, Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    static CsvTable read(String name, InputStream in, List<String> required) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> columns = parser.getHeaderNames().stream().map(c -> c.replace("\uFEFF", "").trim()).toList();
            List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new DatasetException(name + " line 1: missing columns " + missing);
            }
            List<Row> rows = new ArrayList<>();
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    String cell = i < record.size() ? record.get(i).trim() : "";
                    values.put(columns.get(i), cell.isEmpty() ? null : cell);
                }
                if (record.size() != columns.size()) {
                    throw new DatasetException(name + " line " + line + ": " + record.size()
                            + " cells, but the header has " + columns.size());
                }
                rows.add(new Row(line, values));
                line = parser.getCurrentLineNumber() + 1;
            }
            return new CsvTable(name, columns, rows);
        }
    }
}
