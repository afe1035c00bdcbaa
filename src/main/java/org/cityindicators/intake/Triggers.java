package org.cityindicators.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The trigger words of the intake as data (columns kind, word, meaning): which words mark a measure, a growth or a
 * fall, a share, a qualifier, a scope, a period, and the words of the number and period grammar. The rules in Java
 * refer to kinds and meanings only, so a steward extends the intake by adding rows. Immutable.
 */
public final class Triggers {

    /** One trigger word: its kind (the rule that reads it), the word, and what it means to that rule. */
    public record Trigger(String kind, String word, String meaning) {
    }

    static final String MEASURE = "measure";
    static final String GROWTH = "growth";
    static final String FALL = "fall";
    static final String SHARE = "share";
    static final String EXECUTION = "execution";
    static final String PROGRESS = "progress";
    static final String SCHEDULE = "schedule";
    static final String QUALIFIER = "qualifier";
    static final String SCOPE = "scope";
    static final String PERIOD = "period";
    static final String COMPARE = "compare";
    static final String TERM = "term";
    static final String CUMULATIVE = "cumulative";
    static final String MONTH = "month";
    static final String DATE_PART = "date_part";
    static final String RANGE = "range";
    static final String NUMERAL = "numeral";
    static final String FRACTION = "fraction";
    static final String ORDINAL = "ordinal";
    static final String STOP = "stop";
    static final String STRUCTURE = "structure";
    static final String COLUMN = "column";
    static final String UNIT_KIND = "unit_kind";

    private static final Set<String> KINDS = Set.of(MEASURE, GROWTH, FALL, SHARE, EXECUTION, PROGRESS, SCHEDULE,
            QUALIFIER, SCOPE, PERIOD, COMPARE, CUMULATIVE, MONTH, DATE_PART, RANGE, NUMERAL, FRACTION, ORDINAL, STOP,
            STRUCTURE, COLUMN, TERM, UNIT_KIND);

    /** Kinds read only right after a number (or, for numerals, as one), never as words of the running text. */
    private static final Set<String> NUMBER_GRAMMAR = Set.of(DATE_PART, RANGE, NUMERAL, FRACTION, UNIT_KIND);
    private static final String SHIPPED = "data/intake-triggers.csv";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private final List<Trigger> all;
    private final Lexicon<Trigger> words = new Lexicon<>();
    private final Lexicon<Trigger> grammar = new Lexicon<>();

    /** Trigger words; a row of an unknown kind, without a word, or with a meaning its kind cannot read is refused. */
    public Triggers(List<Trigger> triggers) {
        this.all = List.copyOf(triggers);
        all.forEach(Triggers::check);
        for (Trigger t : all) {
            String word = HanScript.simplified(t.word());
            (NUMBER_GRAMMAR.contains(t.kind()) ? grammar : words).add(word, t);
        }
    }

    private static void check(Trigger t) {
        if (t.kind() == null || !KINDS.contains(t.kind()) || t.word() == null || t.word().isBlank()) {
            throw new IllegalArgumentException("trigger " + t + ": the kind must be one of " + new TreeSet<>(KINDS) + " and the word not blank");
        }
        boolean number = t.kind().equals(NUMERAL) || t.kind().equals(FRACTION);
        if (number && (t.meaning() == null || !t.meaning().matches("[0-9]{1,4}"))) {
            throw new IllegalArgumentException("trigger " + t + ": a " + t.kind() + " means a whole number (0 to 9999)");
        }
        if (t.kind().equals(PERIOD) && PeriodMark.parse(t.meaning()) == PeriodMark.NONE) {
            throw new IllegalArgumentException("trigger " + t + ": a period means year+N, year-N, year, H1, H2, Q1..Q4 or YTDn");
        }
    }

    /** The trigger words shipped with the service ({@code data/intake-triggers.csv}). */
    public static Triggers shipped() {
        try (InputStream in = Triggers.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trigger words from a CSV file with the columns kind, word, meaning ({@code #} starts a comment line). */
    public static Triggers read(Reader reader) throws IOException {
        List<Trigger> triggers = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord row : parser) {
                triggers.add(new Trigger(row.get("kind"), row.get("word"), row.isMapped("meaning") ? row.get("meaning") : ""));
            }
        }
        return new Triggers(triggers);
    }

    public List<Trigger> all() {
        return all;
    }

    /** Words of the running text (measures, qualifiers, scopes, period words...), longest match first. */
    Lexicon<Trigger> words() {
        return words;
    }

    /** The grammar read right after a number: date parts, ranges, numerals, fractions. */
    Lexicon<Trigger> grammar() {
        return grammar;
    }

    /** The grammar trigger of {@code kind} that starts at {@code at}, or null. */
    Trigger grammarAt(CharSequence text, int at, String kind) {
        Lexicon.Match<Trigger> match = grammar.longest(text, at);
        return match == null ? null : match.values().stream().filter(t -> t.kind().equals(kind)).findFirst().orElse(null);
    }

    /** The running-text trigger of {@code kind} that starts at {@code at}, or null. */
    Trigger wordAt(CharSequence text, int at, String kind) {
        Lexicon.Match<Trigger> match = words.longest(text, at);
        return match == null ? null : match.values().stream().filter(t -> t.kind().equals(kind)).findFirst().orElse(null);
    }

    /** What a unit kind of the catalogue is to the rules (percent, points), or null for a level unit. */
    String unitRole(String unitKind) {
        return all.stream().filter(t -> t.kind().equals(UNIT_KIND) && t.word().equals(unitKind))
                .map(Trigger::meaning).findFirst().orElse(null);
    }

    /** The words of one kind. */
    List<Trigger> ofKind(String kind) {
        return all.stream().filter(t -> t.kind().equals(kind)).toList();
    }
}
