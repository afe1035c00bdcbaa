package org.cityindicators.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.cityindicators.config.IndicatorsConfig;
import org.cityindicators.domain.InvalidValue;

import java.util.Map;

/**
 * Bounds on one request, answered as problem+json before any of it is processed:
 * <ul>
 * <li>414 for a request line over indicators.limits.max-request-line and 431 for headers over
 * indicators.limits.max-header-size. The HTTP codec's own limits (quarkus.http.limits.max-initial-line-length and
 * max-header-size) are set well above these, so that it is this check, with a problem body, that answers; only a
 * request beyond the codec's limits gets the codec's bare status.</li>
 * <li>413 for a body declared larger than its endpoint accepts, before it is read: indicators.limits.max-body-size
 * everywhere but the bulk import, whose (larger) limit is the HTTP server's own, quarkus.http.limits.max-body-size, and the
 * document intake, whose limit is indicators.limits.intake-bytes.</li>
 * <li>411 for a body of undeclared length (chunked) anywhere but the bulk import, so that every body is bounded by its
 * endpoint's limit before a byte of it is read.</li>
 * </ul>
 */
@Singleton
public class RequestLimits {

    /** The bulk import's path (its resource is declared with it): the one endpoint with the server's larger body limit. */
    public static final String IMPORT_PATH = ApiDefinition.V1 + "/observations/import";
    /** The document intake's path: its body limit is indicators.limits.intake-bytes. */
    public static final String INTAKES_PATH = ApiDefinition.V1 + "/intakes";

    @Inject
    IndicatorsConfig config;

    void register(@Observes Filters filters) {
        IndicatorsConfig.Limits limits = config.limits();
        long line = limits.maxRequestLine().asLongValue();
        long headers = limits.maxHeaderSize().asLongValue();
        long body = limits.maxBodySize().asLongValue();
        long intake = limits.intakeBytes().asLongValue();
        filters.register(context -> check(context, line, headers, INTAKES_PATH.equals(context.request().path()) ? intake : body), 1900);
    }

    private static void check(RoutingContext context, long lineLimit, long headerLimit, long bodyLimit) {
        HttpServerRequest request = context.request();
        long line = request.method().name().length() + request.uri().length() + " HTTP/1.1".length() + 1;
        if (line > lineLimit) {
            refuse(context, 414, "URI too long", "The request line has " + line + " bytes; at most " + lineLimit
                    + " are accepted: ask for fewer values at once, or page through them");
            return;
        }
        long headers = headerBytes(request);
        if (headers > headerLimit) {
            refuse(context, 431, "Request header fields too large",
                    "The request headers have " + headers + " bytes; at most " + headerLimit + " are accepted");
            return;
        }
        if (IMPORT_PATH.equals(request.path())) {
            context.next();
            return;
        }
        String declared = request.getHeader("Content-Length");
        if (declared == null && request.getHeader("Transfer-Encoding") != null) {
            refuse(context, 411, "Length required",
                    "Send the body with a Content-Length; only the bulk import accepts a body of undeclared length");
            return;
        }
        if (declared != null && tooLarge(declared, bodyLimit)) {
            refuse(context, 413, "Content too large",
                    "The request body has " + InvalidValue.clip(declared) + " bytes; this endpoint accepts at most " + bodyLimit);
            return;
        }
        context.next();
    }

    /** Bytes of the header section as sent: "name: value" and a line end per header. */
    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** The body (if any) is not read: the connection closes after the answer. */
    private static void refuse(RoutingContext context, int status, String title, String detail) {
        context.response().putHeader("Connection", "close");
        HttpErrors.answer(context, status, title, detail);
    }

    private static boolean tooLarge(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
