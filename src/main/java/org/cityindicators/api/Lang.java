package org.cityindicators.api;

import java.util.Locale;
import java.util.Map;

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

    /** The language asked for by the parameter, else {@code preferred} (the one of the Accept-Language header). */
    public static Lang resolve(String langParam, Lang preferred) {
        if (langParam != null && !langParam.isBlank()) {
            return switch (langParam.trim().toLowerCase(Locale.ROOT)) {
                case "zh", "zh-hans", "zh-cn" -> ZH;
                case "en" -> EN;
                case "all" -> ALL;
                default -> throw ApiException.badParameter("lang",
                        "unknown language '" + Problem.clip(langParam) + "'; allowed: zh, en, all");
            };
        }
        return preferred;
    }

    /**
     * The language an Accept-Language header prefers: of the ranges naming zh or en (with any subtags), the one of the
     * highest weight, the earlier of equal weights; Chinese when it names neither, or refuses both (q=0).
     */
    public static Lang preferred(String acceptLanguage) {
        if (acceptLanguage == null) {
            return ZH;
        }
        int[] best = {-1, -1}; // of zh and of en: the highest weight, then the earliest position
        QualityValues.forEach(acceptLanguage, (range, weight, position) -> {
            int index = names(range, "zh") ? 0 : names(range, "en") ? 1 : -1;
            if (index >= 0 && weight > 0) {
                best[index] = Math.max(best[index], weight * 100_000 + 99_999 - Math.min(position, 99_999));
            }
        });
        return best[1] > best[0] ? EN : ZH;
    }

    /** Whether a language range is this two-letter language, with or without subtags. */
    private static boolean names(String range, String language) {
        return range.regionMatches(true, 0, language, 0, 2) && (range.length() == 2 || range.charAt(2) == '-');
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
