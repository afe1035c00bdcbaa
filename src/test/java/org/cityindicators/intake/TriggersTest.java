package org.cityindicators.intake;

import org.cityindicators.intake.Triggers.Trigger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trigger words as data: read from CSV, extended by a row, and refused when a row cannot be read by its rule. */
class TriggersTest {

    @Test
    void aStewardsNewRowIsUsedWithNoCodeChange() throws IOException {
        String text = "2023年全市一般公共预算收入攀升5.4%。";
        assertEquals("budget.general.revenue consolidated 2023 - 5.4 PERCENT exact",
                Drafts.figure(draftWith(IntakeDocuments.TRIGGERS, text)));
        StringBuilder csv = new StringBuilder("kind,word,meaning\n# a steward's addition\ngrowth,攀升,yoy_growth\n");
        IntakeDocuments.TRIGGERS.all().forEach(t -> csv.append(t.kind()).append(",\"").append(t.word()).append("\",")
                .append(t.meaning()).append('\n'));
        assertEquals("budget.general.revenue consolidated 2023 yoy_growth 5.4 PERCENT exact",
                Drafts.figure(draftWith(Triggers.read(new StringReader(csv.toString())), text)));
    }

    @Test
    void aRowOfAnUnknownKindOrAnUnreadableMeaningIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Triggers(List.of(new Trigger("mesure", "完成", "actual"))))
                .getMessage().contains("mesure"));
        assertThrows(IllegalArgumentException.class, () -> new Triggers(List.of(new Trigger("numeral", "廿", "twenty"))));
        assertThrows(IllegalArgumentException.class, () -> new Triggers(List.of(new Trigger("period", "明年", "next"))));
        assertThrows(IllegalArgumentException.class, () -> new Triggers(List.of(new Trigger("scope", " ", "municipal"))));
    }

    private static Candidate draftWith(Triggers triggers, String text) {
        return Extractor.draft(DocumentText.plain(text), Drafts.VOCABULARY, triggers, IntakeDocuments.WANGLAN,
                Drafts.MARCH_2024).placed().get(0);
    }
}
