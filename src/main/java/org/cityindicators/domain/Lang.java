package org.cityindicators.domain;


import java.util.Map;

/**
 * Language of labels. Chinese is authoritative; English labels are translations. {@code ALL} gives Chinese labels
 * plus a {@code names} object with both languages. How a request chooses one is {@code api.LangParam}'s.
 */
public enum Lang {
    ZH("zh-Hans"), EN("en"), ALL("zh-Hans, en");

    /** The Content-Language of an answer in this language. */
    public final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The label in this language (Chinese for ALL); the Chinese one where no English exists. */
    public String pick(String zh, String en) {
        return this == EN && en != null ? en : zh;
    }

    /** Both labels when ALL was asked for, otherwise null (and left out of the JSON). */
    public Map<String, String> both(String zh, String en) {
        if (this != ALL || zh == null) {
            return null;
        }
        return en == null ? Map.of("zh", zh) : Map.of("zh", zh, "en", en);
    }
}
