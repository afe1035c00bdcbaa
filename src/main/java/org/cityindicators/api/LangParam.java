package org.cityindicators.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.cityindicators.domain.InvalidValue;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Locale;

/**
 * The {@code lang} query parameter plus the request's Accept-Language header. The parameter wins over the header;
 * without either, or when neither names zh or en, labels are Chinese.
 */
public class LangParam {

    @QueryParam("lang")
    @Parameter(description = "Language of labels: `zh` (Chinese, authoritative), `en`, or `all` (Chinese plus a `names` object with both). "
            + "Overrides Accept-Language; without both, labels are Chinese.",
            schema = @Schema(enumeration = {"zh", "en", "all"}), example = "en")
    String lang;

    @Context
    HttpServerRequest request;

    public Lang resolve() {
        return resolve(lang, preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The language asked for by the parameter, else {@code preferred} (the one of the Accept-Language header). */
    public static Lang resolve(String langParam, Lang preferred) {
        if (langParam != null && !langParam.isBlank()) {
            return switch (langParam.trim().toLowerCase(Locale.ROOT)) {
                case "zh", "zh-hans", "zh-cn" -> Lang.ZH;
                case "en" -> Lang.EN;
                case "all" -> Lang.ALL;
                default -> throw ApiException.badParameter("lang",
                        "unknown language '" + InvalidValue.clip(langParam) + "'; allowed: zh, en, all");
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
            return Lang.ZH;
        }
        int[] best = {-1, -1}; // of zh and of en: the highest weight, then the earliest position
        QualityValues.forEach(acceptLanguage, (range, weight, position) -> {
            int index = names(range, "zh") ? 0 : names(range, "en") ? 1 : -1;
            if (index >= 0 && weight > 0) {
                best[index] = Math.max(best[index], weight * 100_000 + 99_999 - Math.min(position, 99_999));
            }
        });
        return best[1] > best[0] ? Lang.EN : Lang.ZH;
    }

    /** Whether a language range is this two-letter language, with or without subtags. */
    private static boolean names(String range, String language) {
        return range.regionMatches(true, 0, language, 0, 2) && (range.length() == 2 || range.charAt(2) == '-');
    }
}
