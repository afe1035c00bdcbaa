package org.cityindicators.api;

import io.vertx.ext.web.RoutingContext;

/** Problem+json answers written straight to Vert.x, for filters that answer before any resource runs. */
public final class Problems {

    private Problems() {
    }

    public static void send(RoutingContext context, int status, String title, String detail) {
        HttpErrors.answer(context, status, title, detail);
    }
}
