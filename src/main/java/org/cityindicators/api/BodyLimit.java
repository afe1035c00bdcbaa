package org.cityindicators.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.cityindicators.config.IndicatorsConfig;

/**
 * A 413 problem for a body declared larger than its endpoint accepts, before it is read: indicators.limits.max-body-size
 * everywhere but the bulk import, whose (larger) limit is the HTTP server's own, quarkus.http.limits.max-body-size.
 */
@Singleton
class BodyLimit {

    static final String IMPORT_PATH = "/api/v1/observations/import";

    @Inject
    IndicatorsConfig config;

    void register(@Observes Filters filters) {
        long limit = config.limits().maxBodySize().asLongValue();
        filters.register(context -> check(context, limit), 1900);
    }

    private static void check(RoutingContext context, long limit) {
        String declared = context.request().getHeader("Content-Length");
        if (declared != null && !IMPORT_PATH.equals(context.request().path()) && tooLarge(declared, limit)) {
            context.response().putHeader("Connection", "close");
            HttpErrors.answer(context, 413, "Content too large",
                    "The request body has " + Problem.clip(declared) + " bytes; this endpoint accepts at most " + limit);
            return;
        }
        context.next();
    }

    private static boolean tooLarge(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
