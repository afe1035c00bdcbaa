package org.cityindicators.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts the figures of a document: every number printed in it becomes a candidate, placed by the rules (indicator,
 * area or project, scope, period, measure, unit, qualifier, with a quote, a confidence and a reason) or left without
 * an indicator when no rule can place it. Pure and deterministic: the same inputs give the same draft, nothing is
 * read or written elsewhere, and the inputs are immutable, so one vocabulary and trigger set can serve many threads.
 */
public final class Extractor {

    private Extractor() {
    }

    /**
     * Drafts a document about {@code areaCode}; {@code referenceDate} is the document's date, against which 今年,
     * 去年 and 上年 are resolved and which decides whether a period had ended (actual) or not (planned).
     */
    public static Draft draft(DocumentText document, Vocabulary vocabulary, Triggers triggers, String areaCode,
                              LocalDate referenceDate) {
        MatchText text = MatchText.of(document.text());
        List<Token> tokens = Tokenizer.tokens(text, vocabulary, triggers);
        Layout layout = Layout.of(text.text(), tokens);
        TokenIndex index = new TokenIndex(tokens);
        CandidateDrafter drafter = new CandidateDrafter(vocabulary, triggers, areaCode, referenceDate,
                new PeriodRule(tokens, referenceDate), new ContextRules(tokens));
        List<Candidate> candidates = new ArrayList<>();
        for (Token token : tokens) {
            if (token.type() == Token.Type.NUMBER) {
                candidates.add(drafter.draft(new Site(token, layout, index, text, document.text())));
            }
        }
        return Draft.merged(candidates);
    }
}
