package org.cityindicators.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses (400) a request path that is not in its one canonical spelling: empty segments ({@code //api}), dot segments
 * ({@code /./api}, {@code /x/../api}), percent-encoded unreserved characters ({@code /%61pi}) or '/' ({@code %2F}),
 * matrix parameters ({@code /api;x/...}), a trailing '/' on an API path, or a path not starting with '/'. Vert.x and
 * the REST layer would route such a path to the same resource, so the rate limit, the response cache and the metrics,
 * which look at the path as sent, would each see another one. Percent-encoded non-ASCII (UTF-8) and reserved
 * characters stay allowed. Runs before every other filter but the request id.
 */
@Singleton
class CanonicalPath {

    static final int PRIORITY = 2900;

    void register(@Observes Filters filters) {
        filters.register(CanonicalPath::check, PRIORITY);
    }

    private static void check(RoutingContext context) {
        String problem = problem(context.request().path());
        if (problem == null) {
            context.next();
            return;
        }
        HttpErrors.answer(context, 400, "Non-canonical path", problem
                + "; send the path in its canonical form (for example /api/v1/indicators/gdp)");
    }

    /** What makes the path non-canonical, or null when it is canonical. One pass, no allocation when canonical. */
    static String problem(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return "The path does not start with '/'";
        }
        int length = path.length();
        int segment = 1;
        for (int i = 1; i < length; i++) {
            char c = path.charAt(i);
            if (c == '/') {
                String wrong = segmentProblem(path, segment, i);
                if (wrong != null) {
                    return wrong;
                }
                segment = i + 1;
            } else if (c == ';') {
                return "The path has a matrix parameter (';')";
            } else if (c == '%') {
                String wrong = escapeProblem(path, i);
                if (wrong != null) {
                    return wrong;
                }
                i += 2;
            }
        }
        if (segment == length) { // a trailing '/' (or the root): the API serves the same answer without it
            return length > 1 && path.startsWith("/api/") ? "The path ends with '/'" : null;
        }
        return segmentProblem(path, segment, length);
    }

    private static String segmentProblem(String path, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return "The path has an empty segment ('//')";
        }
        if (path.charAt(start) == '.' && (length == 1 || length == 2 && path.charAt(start + 1) == '.')) {
            return "The path has a dot segment ('.' or '..')";
        }
        return null;
    }

    private static String escapeProblem(String path, int at) {
        int high = at + 2 < path.length() ? Character.digit(path.charAt(at + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(path.charAt(at + 2), 16);
        if (low < 0) {
            return "The path has a malformed percent-encoding ('%' not followed by two hex digits)";
        }
        int octet = high * 16 + low;
        if (octet == '/') {
            return "The path has an encoded '/' (%2F)";
        }
        if (unreserved(octet)) {
            return "The path has a percent-encoded letter, digit or one of - . _ ~ ('%" + path.substring(at + 1, at + 3)
                    + "' is '" + (char) octet + "'), which must be sent as it is";
        }
        return null;
    }

    /** RFC 3986 §2.3: ALPHA / DIGIT / "-" / "." / "_" / "~". */
    private static boolean unreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
