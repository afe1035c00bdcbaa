package org.cityindicators.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Drafting short texts against the made-up catalogue, and the figures of a draft written compactly for assertions. */
final class Drafts {

    static final Vocabulary VOCABULARY = IntakeDocuments.madeUpVocabulary();
    static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 20);

    private Drafts() {
    }

    static Draft draft(String text) {
        return draft(text, MARCH_2024);
    }

    static Draft draft(String text, LocalDate reference) {
        Draft draft = Extractor.draft(DocumentText.plain(text), VOCABULARY, IntakeDocuments.TRIGGERS,
                IntakeDocuments.WANGLAN, reference);
        IntakeQualityTest.assertQuotesAreTheText(DocumentText.plain(text), draft);
        return draft;
    }

    /** Each figure with an indicator as "indicator scope period measure value unit qualifier". */
    static List<String> figures(Draft draft) {
        return draft.placed().stream().map(Drafts::figure).toList();
    }

    static String figure(Candidate c) {
        return String.join(" ", c.indicator(), dash(c.scope()), dash(c.period()), dash(c.measure()), c.valueText(),
                dash(c.unit()), c.qualifier());
    }

    /** The one figure of a text that has exactly one. */
    static String only(String text) {
        return only(text, MARCH_2024);
    }

    static String only(String text, LocalDate reference) {
        List<String> figures = figures(draft(text, reference));
        assertEquals(1, figures.size(), () -> figures.stream().collect(Collectors.joining("\n")));
        return figures.get(0);
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
