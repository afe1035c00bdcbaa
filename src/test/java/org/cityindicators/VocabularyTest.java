package org.cityindicators;

import org.cityindicators.area.AreaLevel;
import org.cityindicators.domain.Coded;
import org.cityindicators.domain.Lang;
import org.cityindicators.observation.Frequency;
import org.cityindicators.observation.Measure;
import org.cityindicators.observation.Qualifier;
import org.cityindicators.observation.Scope;
import org.cityindicators.unit.UnitKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class VocabularyTest {

    @Test
    void everyVocabularyMemberHasAChineseAndAnEnglishLabel() throws java.io.IOException {
        java.util.Properties zh = labels("vocabulary-zh.properties");
        java.util.Properties en = labels("vocabulary-en.properties");
        List<Coded> members = Stream.of(AreaLevel.values(), Frequency.values(), Measure.values(),
                Qualifier.values(), Scope.values(), UnitKind.values()).flatMap(Stream::of).map(Coded.class::cast).toList();
        for (Coded member : members) {
            String key = member.getClass().getSimpleName() + "." + member.code();
            assertNotEquals(null, zh.getProperty(key), key + " has no Chinese label");
            assertNotEquals(null, en.getProperty(key), key + " has no English label");
        }
        assertEquals("市本级", Scope.MUNICIPAL.label(Lang.ZH));
        assertEquals("more than", Qualifier.MORE_THAN.label(Lang.EN));
        assertEquals("yoy_growth", Measure.YOY_GROWTH.code());
    }

    private static java.util.Properties labels(String name) throws java.io.IOException {
        java.util.Properties labels = new java.util.Properties();
        try (var in = VocabularyTest.class.getClassLoader().getResourceAsStream(name)) {
            labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return labels;
    }
}
