package org.cityindicators.ratelimit;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.cityindicators.api.Problems;
import org.cityindicators.config.IndicatorsConfig;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client rate limits on /api/: anonymous callers by address, callers with a valid bearer token by its subject
 * (each with its own budget), answered with RateLimit-Limit/Remaining/Reset headers and, when spent, 429 with Retry-After.
 * The decision is this replica's own; {@link SharedBudgets} makes the budget one across replicas.
 */
@Singleton
class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    @Inject
    IndicatorsConfig config;

    @Inject
    JWTParser tokens;

    @Inject
    SharedBudgets shared;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        if (config.rateLimit().enabled()) {
            filters.register(this::limit, 1500);
        }
    }

    private void limit(RoutingContext context) {
        String path = context.request().path();
        if (path == null || !path.startsWith("/api/")) {
            context.next();
            return;
        }
        IndicatorsConfig.RateLimit settings = config.rateLimit();
        String subject = subject(context.request().getHeader("Authorization"));
        long limit = subject == null ? settings.anonymous() : settings.writer();
        String key = subject == null ? "ip:" + context.request().remoteAddress().host() : "sub:" + subject;
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.full(now));
        }
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(limit, settings.period().toNanos(), now));
        long remaining = bucket.take(now);
        var response = context.response();
        response.putHeader("RateLimit-Limit", Long.toString(limit));
        response.putHeader("RateLimit-Remaining", Long.toString(Math.max(0, remaining)));
        if (remaining < 0) {
            long wait = bucket.secondsToNext(now);
            response.putHeader("RateLimit-Reset", Long.toString(wait));
            response.putHeader("Retry-After", Long.toString(wait));
            Problems.send(context, 429, "Too many requests", "This client made more than " + limit
                    + " requests in " + settings.period().toSeconds() + " s; try again in " + wait + " s");
            return;
        }
        response.putHeader("RateLimit-Reset", Long.toString(bucket.secondsToFull(now)));
        shared.served(key, bucket, limit);
        context.next();
    }

    /**
     * The subject (upn, else sub) of a bearer token that verifies (signature, issuer, audience, lifetime), else null:
     * a forged or expired token spends its sender's anonymous budget, never someone else's.
     */
    String subject(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        try {
            String subject = tokens.parse(authorization.substring(7).trim()).getName();
            return subject == null || subject.isEmpty() ? null : subject;
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }
}
