package org.cityindicators.api;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/**
 * Language of labels. Chinese is authoritative; English labels are translations.
 * The {@code lang} parameter wins over Accept-Language; without either, labels are Chinese.
 */
public enum Lang {
    ZH("zh-Hans"), EN("en");

    public final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    public static Lang resolve(String langParam, HttpHeaders headers) {
        if (langParam != null && !langParam.isBlank()) {
            return switch (langParam.trim().toLowerCase(Locale.ROOT)) {
                case "zh", "zh-hans", "zh-cn" -> ZH;
                case "en" -> EN;
                default -> throw ApiException.badParameter("lang",
                        "unknown language '" + Problem.clip(langParam) + "'; allowed: zh, en");
            };
        }
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                String language = locale.getLanguage();
                if ("zh".equals(language)) {
                    return ZH;
                }
                if ("en".equals(language)) {
                    return EN;
                }
            }
        }
        return ZH;
    }

    public String pick(String zh, String en) {
        return this == EN && en != null ? en : zh;
    }
}
