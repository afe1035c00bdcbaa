package org.cityindicators.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Problem+json for the failures the HTTP layer answers before any resource runs: undecodable paths and query
 * strings (400) and bodies over the size limit (413).
 */
@Singleton
class HttpErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    void register(@Observes Router router) {
        router.errorHandler(400, context -> answer(context, 400, "Bad request",
                "The request line could not be decoded: check the percent-encoding of the path and query (UTF-8, %XX)"));
        router.errorHandler(413, context -> answer(context, 413, "Content too large",
                "The request body is larger than this endpoint accepts"));
    }

    static void answer(RoutingContext context, int status, String title, String detail) {
        if (context.response().headWritten()) {
            context.response().end();
            return;
        }
        String path = context.request().path();
        Problem problem = new Problem("about:blank", title, status, detail, path == null ? null : Problem.clip(path), List.of());
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(JSON.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }
}
