package org.cityindicators.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The test documents of the intake and the vocabularies they are read with. */
final class IntakeDocuments {

    static final LocalDate SEED_DATE = LocalDate.of(2024, 2, 1);
    static final String JIANGMEN = "440700";
    static final String WANGLAN = "449900";
    static final Triggers TRIGGERS = Triggers.shipped();

    private IntakeDocuments() {
    }

    /** A test document: its file under intake/documents, the area and reference date it is read with. */
    record Doc(String file, String area, LocalDate reference) {

        /** The document's text without its first line, which says where it comes from. */
        DocumentText text() {
            String body = resource("intake/documents/" + file);
            String rest = body.substring(body.indexOf('\n') + 1);
            return file.endsWith(".html") ? DocumentText.html(rest) : DocumentText.plain(rest);
        }

        Draft draft(Vocabulary vocabulary) {
            return Extractor.draft(text(), vocabulary, TRIGGERS, area, reference);
        }
    }

    static final Doc SEED_BUDGET = new Doc("seed-budget-report.txt", JIANGMEN, SEED_DATE);
    static final Doc SEED_GDP = new Doc("seed-gdp.txt", JIANGMEN, SEED_DATE);
    static final Doc SEED_TARGET = new Doc("seed-industrial-target.txt", JIANGMEN, SEED_DATE);
    static final Doc BULLETIN = new Doc("wanglan-bulletin-2023.txt", WANGLAN, LocalDate.of(2024, 3, 20));
    static final Doc FISCAL = new Doc("wanglan-fiscal-2024-04.txt", WANGLAN, LocalDate.of(2024, 5, 20));
    static final Doc TRADITIONAL = new Doc("wanglan-budget-report-2024.txt", WANGLAN, LocalDate.of(2024, 2, 5));
    static final Doc HTML = new Doc("wanglan-bulletin-2023.html", WANGLAN, LocalDate.of(2024, 3, 20));

    static final List<Doc> ALL = List.of(SEED_BUDGET, SEED_GDP, SEED_TARGET, BULLETIN, FISCAL, TRADITIONAL, HTML);

    /** The shipped catalogue, with the seed project's short name (test file) so the seed article matches it. */
    static Vocabulary seedVocabulary() {
        return new Vocabulary(VocabularyCsv.read("data/indicators.csv", VocabularyCsv::indicators),
                VocabularyCsv.read("data/units.csv", VocabularyCsv::units),
                VocabularyCsv.read("data/areas.csv", VocabularyCsv::areas),
                VocabularyCsv.read("intake/catalogue/jiangmen-projects.csv", VocabularyCsv::projects));
    }

    /** The made-up catalogue of the made-up city's documents. */
    static Vocabulary madeUpVocabulary() {
        return VocabularyCsv.classpath("intake/catalogue/");
    }

    static Vocabulary vocabularyOf(Doc doc) {
        return doc.area().equals(JIANGMEN) ? seedVocabulary() : madeUpVocabulary();
    }

    static String resource(String path) {
        try (InputStream in = IntakeDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
