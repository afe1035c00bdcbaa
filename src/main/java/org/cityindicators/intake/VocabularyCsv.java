package org.cityindicators.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cityindicators.intake.Vocabulary.Area;
import org.cityindicators.intake.Vocabulary.Indicator;
import org.cityindicators.intake.Vocabulary.Project;
import org.cityindicators.intake.Vocabulary.Unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a {@link Vocabulary} from CSV files in the format of the shipped data files (units.csv, indicators.csv with
 * an optional last column {@code aliases} separated by |, areas.csv, projects.csv with optional aliases); lines
 * starting with # are comments.
 */
final class VocabularyCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).get();

    private VocabularyCsv() {
    }

    /** The four files of a classpath folder such as {@code data/}. */
    public static Vocabulary classpath(String folder) {
        return new Vocabulary(read(folder + "indicators.csv", VocabularyCsv::indicators),
                read(folder + "units.csv", VocabularyCsv::units), read(folder + "areas.csv", VocabularyCsv::areas),
                read(folder + "projects.csv", VocabularyCsv::projects));
    }

    public static List<Unit> units(Reader reader) throws IOException {
        return rows(reader, r -> new Unit(r.get("code"), r.get("symbol_zh"), r.get("symbol_en"), r.get("kind"),
                blankToNull(r.get("base_unit")), r.get("base_factor").isBlank() ? null : new BigDecimal(r.get("base_factor"))));
    }

    public static List<Indicator> indicators(Reader reader) throws IOException {
        return rows(reader, r -> new Indicator(r.get("code"), r.get("name_zh"), r.get("name_en"), aliases(r),
                r.get("unit"), Boolean.parseBoolean(r.get("scoped")), r.get("category")));
    }

    public static List<Area> areas(Reader reader) throws IOException {
        return rows(reader, r -> new Area(r.get("code"), r.get("name_zh"), r.get("name_en")));
    }

    public static List<Project> projects(Reader reader) throws IOException {
        return rows(reader, r -> new Project(r.get("code"), r.get("name_zh"), r.get("name_en"), aliases(r), r.get("area")));
    }

    /** Reads one classpath file with one of the readers above. */
    public static <T> List<T> read(String path, FileReader<T> reader) {
        try (InputStream in = VocabularyCsv.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path + " is missing");
            }
            return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of the file readers of this class. */
    public interface FileReader<T> {
        List<T> read(Reader reader) throws IOException;
    }

    private static <T> List<T> rows(Reader reader, Function<CSVRecord, T> row) throws IOException {
        List<T> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                out.add(row.apply(record));
            }
        }
        return out;
    }

    private static List<String> aliases(CSVRecord r) {
        if (!r.isMapped("aliases") || !r.isSet("aliases") || r.get("aliases").isBlank()) {
            return List.of();
        }
        return Arrays.stream(r.get("aliases").split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
