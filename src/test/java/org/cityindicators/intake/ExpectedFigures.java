package org.cityindicators.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Figures a document is expected to give, read from a file in the format of observations.csv. */
record ExpectedFigures(List<CSVRecord> rows) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').get();

    /** The rows of a classpath CSV file, all of them or those of some sources. */
    static ExpectedFigures read(String path, Set<String> sources) {
        List<CSVRecord> rows = new ArrayList<>();
        try (InputStream in = ExpectedFigures.class.getClassLoader().getResourceAsStream(path);
             CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                     .setFormat(FORMAT).get()) {
            parser.forEach(r -> {
                if (sources == null || sources.contains(r.get("source"))) {
                    rows.add(r);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExpectedFigures(rows);
    }

    /** Whether a candidate is this expected figure: indicator, area or project, value as printed, unit, measure, period, scope, qualifier. */
    static boolean same(CSVRecord e, Candidate c) {
        return Objects.equals(c.indicator(), cell(e, "indicator")) && Objects.equals(c.area(), cell(e, "area"))
                && Objects.equals(c.project(), cell(e, "project")) && Objects.equals(c.scope(), cell(e, "scope"))
                && Objects.equals(c.period(), cell(e, "period")) && Objects.equals(c.measure(), cell(e, "measure"))
                && Objects.equals(c.valueText(), cell(e, "value")) && Objects.equals(c.unit(), cell(e, "unit"))
                && Objects.equals(c.qualifier(), cell(e, "qualifier"));
    }

    static String describe(CSVRecord e) {
        return String.join(" ", cell(e, "indicator"), String.valueOf(cell(e, "area")), String.valueOf(cell(e, "project")),
                String.valueOf(cell(e, "scope")), cell(e, "period"), cell(e, "measure"), cell(e, "value"), cell(e, "unit"),
                cell(e, "qualifier")) + " «" + e.get("quote") + "»";
    }

    static String describe(Candidate c) {
        return String.join(" ", String.valueOf(c.indicator()), String.valueOf(c.area()), String.valueOf(c.project()),
                String.valueOf(c.scope()), String.valueOf(c.period()), String.valueOf(c.measure()), c.valueText(),
                String.valueOf(c.unit()), String.valueOf(c.qualifier())) + " «" + c.quote() + "» (" + c.confidence()
                + ": " + c.reason() + ")";
    }

    private static String cell(CSVRecord e, String column) {
        String value = e.get(column);
        return value == null || value.isBlank() ? null : value;
    }
}
