package org.cityindicators.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Browser-facing protections on every answer: no MIME sniffing, no referrer, a Content-Security-Policy (a looser one
 * for Swagger UI, whose page holds inline script and style), and HSTS when the request came over TLS.
 */
@Singleton
class SecurityHeaders {

    static final String POLICY = "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::protect, 2950); // right after the request id: refusals carry them too
    }

    private static void protect(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("Referrer-Policy", "no-referrer");
        String path = request.path();
        response.putHeader("Content-Security-Policy",
                path != null && path.startsWith("/q/swagger-ui") ? SWAGGER_UI_POLICY : POLICY);
        if (request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.putHeader("Strict-Transport-Security", HSTS);
        }
        context.next();
    }
}
