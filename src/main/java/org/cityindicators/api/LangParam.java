package org.cityindicators.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code lang} query parameter plus the request's Accept-Language header. */
public class LangParam {

    @QueryParam("lang")
    @Parameter(description = "Language of labels: `zh` (Chinese, authoritative), `en`, or `all` (Chinese plus a `names` object with both). "
            + "Overrides Accept-Language; without both, labels are Chinese.",
            schema = @Schema(enumeration = {"zh", "en", "all"}), example = "en")
    String lang;

    @Context
    HttpServerRequest request;

    public Lang resolve() {
        return Lang.resolve(lang, Lang.preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
