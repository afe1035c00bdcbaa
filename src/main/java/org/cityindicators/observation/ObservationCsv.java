package org.cityindicators.observation;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cityindicators.api.CsvCells;
import org.cityindicators.api.Format;
import org.cityindicators.domain.Coded;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Figures as RFC 4180 CSV in UTF-8: codes plus Chinese and English labels, the value as published, unit, qualifier,
 * source and quote. Its first eleven columns are those of the data files, so an export can be imported again. Text
 * cells that a spreadsheet would run as a formula start with a single quote (see {@link CsvCells}); numbers stay numbers.
 */
public final class ObservationCsv {

    public static final List<String> HEADER = List.of("indicator", "area", "project", "scope", "period", "measure", "value",
            "unit", "qualifier", "source", "quote", "frequency", "indicator_name_zh", "indicator_name_en", "area_name_zh",
            "area_name_en", "project_name_zh", "project_name_en", "unit_symbol_zh", "unit_symbol_en", "value_base",
            "base_unit", "recorded_at", "figure_id", "withdrawn");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ObservationCsv() {
    }

    /** Writes rows to a printer opened by {@link #open}. */
    public static void write(CSVPrinter printer, StoredObservation r) throws IOException {
        printer.printRecord(text(r.indicator()), text(r.area()), text(r.project()), code(r.scope()), text(r.period()),
                r.measure().code(), r.value().toPlainString(), text(r.unit()), r.qualifier().code(), text(r.source()),
                text(r.quote()), r.frequency().code(), text(r.indicatorZh()), text(r.indicatorEn()), text(r.areaZh()),
                text(r.areaEn()), text(r.projectZh()), text(r.projectEn()), text(r.unitZh()), text(r.unitEn()),
                plain(r.valueBase()), text(r.baseUnit()), r.recordedAt(), r.figureId(), r.withdrawn());
    }

    /** A printer over {@code out} that has written the header row (after a byte order mark when asked). */
    public static CSVPrinter open(OutputStream out, boolean bom) throws IOException {
        if (bom) {
            out.write(BOM);
        }
        return new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), FORMAT);
    }

    /** A download of the figures a filter selects, streamed from the database as it is written. */
    static Response download(ObservationReader reader, ObservationFilter filter, boolean bom, String filename) {
        StreamingOutput body = out -> {
            CSVPrinter printer = open(out, bom);
            reader.stream(filter, row -> write(printer, row));
            printer.flush();
        };
        return Response.ok(body, Format.CSV_TYPE + "; charset=utf-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private static String text(String text) {
        return CsvCells.neutral(text);
    }

    private static String code(Coded member) {
        return member == null ? null : member.code();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
