package org.cityindicators.indicator;

import jakarta.persistence.Embeddable;

/** Another name of an indicator, in Chinese (zh, simplified or traditional) or English (en). */
@Embeddable
public class IndicatorAlias {

    public String alias;

    public String lang;

    public IndicatorAlias() {
    }

    IndicatorAlias(String alias) {
        this.alias = alias;
        this.lang = langOf(alias);
    }

    /** zh for a name with a Chinese character (社零, 一般公共預算收入), en otherwise (GDP). */
    public static String langOf(String alias) {
        return alias.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en";
    }
}
