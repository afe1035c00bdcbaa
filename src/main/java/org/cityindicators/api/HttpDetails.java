package org.cityindicators.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * HTTP details of every answer that no single feature owns: {@code Vary: Origin} (CORS answers echo the Origin), dates
 * as IMF-fixdate, no {@code Content-Encoding: identity} on answers without a body (it is not a content coding), and the
 * page and its scripts revalidated by a strong ETag of their bytes (no-cache), so that a new deploy is seen at once.
 */
@Singleton
class HttpDetails {

    private static final String STATIC_ROOT = "META-INF/resources";
    private static final Pattern STATIC_FILE = Pattern.compile("/(index\\.html|favicon\\.svg|explorer/[a-z-]+\\.(js|css))");
    private final Map<String, Optional<String>> etags = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        filters.register(this::handle, 2940); // after the security headers: a 304 of a page carries them too
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String file = staticFile(request);
        String etag = file == null ? null : etags.computeIfAbsent(file, HttpDetails::hash).orElse(null);
        context.addHeadersEndHandler(v -> finish(request, context.response().headers(), context.response().getStatusCode(), etag));
        if (etag != null && etag.equals(request.getHeader("If-None-Match"))) {
            context.response().setStatusCode(304).end();
            return;
        }
        context.next();
    }

    private static void finish(HttpServerRequest request, MultiMap headers, int status, String etag) {
        String vary = headers.get("Vary");
        if (vary == null || !vary.toLowerCase(Locale.ROOT).contains("origin")) {
            headers.set("Vary", vary == null ? "Origin" : vary + ", Origin");
        }
        for (String name : new String[] {"Date", "Last-Modified"}) {
            String value = headers.get(name);
            if (value != null && !HttpDate.isImfFixdate(value)) {
                Instant instant = HttpDate.parse(value);
                if (instant == null) {
                    headers.remove(name);
                } else {
                    headers.set(name, HttpDate.format(instant));
                }
            }
        }
        if ("identity".equalsIgnoreCase(headers.get("Content-Encoding")) && (status == 304 || status == 204
                || request.method() == HttpMethod.HEAD || request.method() == HttpMethod.OPTIONS)) {
            headers.remove("Content-Encoding");
        }
        if (etag != null && (status == 200 || status == 304)) {
            headers.set("ETag", etag);
            headers.set("Cache-Control", "no-cache");
            headers.remove("Last-Modified");
        }
    }

    /** The static file a GET or HEAD asks for (the explorer page, its scripts and styles), or null. */
    private static String staticFile(HttpServerRequest request) {
        String path = request.path();
        if ((request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) || path == null) {
            return null;
        }
        if (path.equals("/")) {
            return "index.html";
        }
        return STATIC_FILE.matcher(path).matches() ? path.substring(1) : null;
    }

    private static Optional<String> hash(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(STATIC_ROOT + "/" + file)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return Optional.of("\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }
}
