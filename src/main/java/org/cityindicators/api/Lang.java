package org.cityindicators.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Language of labels. Chinese is authoritative; English labels are translations. The {@code lang} parameter wins
 * over Accept-Language; without either, or when neither names zh or en, labels are Chinese. {@code lang=all} gives
 * Chinese labels plus a {@code names} object with both languages.
 */
public enum Lang {
    ZH("zh-Hans"), EN("en"), ALL("zh-Hans, en");

    /** The Content-Language of an answer in this language. */
    public final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The language asked for by the parameter, else by the acceptable languages (best first), else Chinese. */
    public static Lang resolve(String langParam, Supplier<List<Locale>> acceptable) {
        if (langParam != null && !langParam.isBlank()) {
            return switch (langParam.trim().toLowerCase(Locale.ROOT)) {
                case "zh", "zh-hans", "zh-cn" -> ZH;
                case "en" -> EN;
                case "all" -> ALL;
                default -> throw ApiException.badParameter("lang",
                        "unknown language '" + Problem.clip(langParam) + "'; allowed: zh, en, all");
            };
        }
        List<Locale> locales;
        try {
            locales = acceptable.get();
        } catch (RuntimeException malformedHeader) {
            return ZH;
        }
        for (Locale locale : locales) {
            String language = locale.getLanguage();
            if ("zh".equals(language)) {
                return ZH;
            }
            if ("en".equals(language)) {
                return EN;
            }
        }
        return ZH;
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
