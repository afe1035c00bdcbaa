package org.cityindicators.api;

import io.quarkus.vertx.http.ManagementInterface;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's X-Request-Id when it is a safe token, else a new UUID. The id is echoed in
 * the X-Request-Id response header of every answer (refusals by the other filters, errors and the management
 * interface included) and logged as {@code requestId}; every answer also carries a Date header (RFC 9110 §6.6.1).
 * This filter runs first of all, so that no answer goes out without them.
 */
@Singleton
class RequestId {

    /** Above every other filter: the security headers (2950) and the canonical path check (2900) come next. */
    static final int PRIORITY = 3000;

    private static final String HEADER = "X-Request-Id";
    private static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(RequestId::tag, PRIORITY);
    }

    void registerManagement(@Observes ManagementInterface management) {
        management.router().route().order(-PRIORITY).handler(RequestId::tag);
    }

    private static void tag(RoutingContext context) {
        stamp(context);
        context.next();
    }

    /** Sets the request id and the Date of the answer. */
    static void stamp(RoutingContext context) {
        String id = of(context.request().getHeader(HEADER));
        HttpServerResponse response = context.response();
        response.putHeader(HEADER, id);
        response.putHeader(HttpHeaders.DATE, HttpDate.now());
        MDC.put(MDC_KEY, id);
    }

    /** Stamps an answer that did not pass through this filter (a failure before any route ran). */
    static void stampIfMissing(RoutingContext context) {
        if (context.response().headers().get(HEADER) == null) {
            stamp(context);
        }
    }

    /** The given id when it is at most 64 characters of letters, digits, dot, underscore and hyphen; else a new one. */
    private static String of(String given) {
        return given != null && SAFE.matcher(given).matches() ? given : newId();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: ids must be unique, not unguessable, and
     * UUID.randomUUID's shared SecureRandom is a lock every request would take.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000L << 48) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }
}
