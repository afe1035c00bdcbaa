package org.cityindicators.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cityindicators.domain.InvalidValue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

/**
 * Problem+json for what the HTTP layer answers outside the REST layer: the filters' refusals and every failure that
 * reaches Vert.x (an undecodable path, a body over the server's limit, an error no resource caught, an exhausted
 * worker pool), instead of Quarkus's own text or HTML error page. Nothing internal is revealed: a 500 names an
 * incident id that the log carries with the failure.
 */
@Singleton
class HttpErrors {

    /** Vert.x context key marking an answer refused here; the HTTP metrics label it REFUSED (see HttpMetrics). */
    static final String REFUSED = HttpErrors.class.getName() + ".refused";

    private static final ObjectMapper JSON = new ObjectMapper();

    void register(@Observes Router router) {
        router.route().failureHandler(HttpErrors::failed);
    }

    private static void failed(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException) {
            context.next(); // Quarkus sends the authentication challenge
            return;
        }
        int status = context.statusCode();
        if (status >= 400 && status < 500) {
            refused(context, status);
        } else if (failure instanceof RejectedExecutionException) {
            context.response().putHeader("Retry-After", "1");
            answer(context, 503, "Service Unavailable", "The service is busy; try again shortly");
        } else {
            String incident = UUID.randomUUID().toString();
            Log.errorf(failure, "Unexpected failure %s on %s", incident, InvalidValue.clip(context.request().path()));
            answer(context, 500, "Internal Server Error",
                    "The request could not be completed; the failure was logged as incident " + incident);
        }
    }

    /** A request Vert.x refused before any resource saw it. */
    private static void refused(RoutingContext context, int status) {
        switch (status) {
            case 400 -> answer(context, 400, "Bad Request",
                    "The request line could not be decoded: check the percent-encoding of the path and query (UTF-8, %XX)");
            case 404 -> answer(context, 404, "Not Found", "No resource at this path");
            case 413 -> answer(context, 413, "Content too large", "The request body is larger than this endpoint accepts");
            default -> answer(context, status, HttpResponseStatus.valueOf(status).reasonPhrase(), "The request was refused");
        }
    }

    static void answer(RoutingContext context, int status, String title, String detail) {
        if (context.response().ended()) {
            return;
        }
        if (context.response().headWritten()) {
            context.response().end();
            return;
        }
        RequestId.stampIfMissing(context);
        Context requestContext = Vertx.currentContext();
        if (status < 500 && requestContext != null) {
            requestContext.putLocal(REFUSED, Boolean.TRUE); // the request's own (duplicated) context: read by HttpMetrics
        }
        String path = context.request().path();
        Problem problem = new Problem("about:blank", title, status, detail, path == null ? null : InvalidValue.clip(path), List.of());
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }
}
