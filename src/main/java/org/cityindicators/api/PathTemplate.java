package org.cityindicators.api;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The matched path template (/api/v1/areas/{code}/latest) that the HTTP metrics name an answer by. Quarkus REST leaves
 * it on the request's Vert.x context under "UrlPathTemplate", where quarkus-micrometer reads it; Vert.x runs the
 * request's handlers on that context, so {@link Vertx#currentContext()} is it. An answer kept by the response cache
 * carries it and sets it again when it is served.
 */
public final class PathTemplate {

    static final String KEY = "UrlPathTemplate";

    private PathTemplate() {
    }

    /** The template of the request being handled, or null. */
    public static String current() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(KEY);
    }

    /** Names the request being handled by this template, as if the REST layer had matched it. */
    public static void set(String template) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(KEY, template);
        }
    }
}
