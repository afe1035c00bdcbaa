package org.cityindicators.cache;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.cityindicators.api.Lang;
import org.cityindicators.api.Preferences;
import org.cityindicators.config.IndicatorsConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Conditional GET for every read of the API. An answer is a function of the data version and its {@link AnswerKey}
 * (URL and the client's preferences), so its strong ETag is a hash of those, known before any work is done:
 * a matching If-None-Match (or an If-Modified-Since not older than the last change) is answered 304 at once.
 */
public class HttpCaching {

    static final String VARY = "Accept, Accept-Language, Accept-Encoding";
    private static final String ETAG_PROPERTY = HttpCaching.class.getName() + ".etag";
    private static final String KEY_PROPERTY = HttpCaching.class.getName() + ".key";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    /** The last date formatted: every answer of a data version carries the same Last-Modified. */
    private static volatile java.util.Map.Entry<Instant, String> lastDate = java.util.Map.entry(Instant.EPOCH, HTTP_DATE.format(Instant.EPOCH));

    static String httpDate(Instant instant) {
        java.util.Map.Entry<Instant, String> last = lastDate;
        if (!last.getKey().equals(instant)) {
            last = java.util.Map.entry(instant, HTTP_DATE.format(instant));
            lastDate = last;
        }
        return last.getValue();
    }

    @Inject
    DatasetVersion version;

    @Inject
    IndicatorsConfig config;

    @ServerRequestFilter
    public Response conditional(ContainerRequestContext request, RoutingContext routing) {
        HttpServerRequest http = routing.request();
        DatasetVersion.State state = version.current();
        if (state == null || !AnswerKey.isRead(http)) {
            return null;
        }
        String key = AnswerKey.of(state.version(), http.path(), http);
        String etag = etag(key);
        request.setProperty(KEY_PROPERTY, key);
        request.setProperty(ETAG_PROPERTY, etag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Instant lastModified = state.modifiedAt().truncatedTo(ChronoUnit.SECONDS);
        boolean fresh = ifNoneMatch != null ? matches(ifNoneMatch, etag)
                : notModifiedSince(request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), lastModified);
        if (!fresh) {
            return null;
        }
        Response.ResponseBuilder notModified = Response.notModified();
        validators(etag, lastModified, config.http().maxAge()).forEach(notModified::header);
        return notModified.build();
    }

    @ServerResponseFilter
    public void validators(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        Object etag = request.getProperty(ETAG_PROPERTY);
        DatasetVersion.State state = version.current();
        // answers to authenticated requests (the audit log) are never kept: the cache key has no identity in it
        if (etag != null && response.getStatus() == 200 && "GET".equals(request.getMethod())
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && !response.getHeaders().containsKey(HttpHeaders.ETAG) && !response.getHeaders().containsKey("Set-Cookie")) {
            request.setProperty(ResponseCapture.KEY_PROPERTY, request.getProperty(KEY_PROPERTY));
            request.setProperty(ResponseCapture.TEMPLATE_PROPERTY, PathTemplate.current());
            request.setProperty(ResponseCapture.GZIP_PROPERTY,
                    Preferences.acceptsGzip(routing.request().getHeader(HttpHeaders.ACCEPT_ENCODING)));
        }
        if (etag != null && state != null && response.getStatus() == 200 && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            validators((String) etag, state.modifiedAt().truncatedTo(ChronoUnit.SECONDS), config.http().maxAge())
                    .forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
            if (response.getStatus() == 200) {
                response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, contentLanguage(request, routing.request()));
            }
        }
    }

    static java.util.Map<String, String> validators(String etag, Instant lastModified, int maxAge) {
        return java.util.Map.of(HttpHeaders.ETAG, etag,
                HttpHeaders.LAST_MODIFIED, httpDate(lastModified),
                HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge,
                HttpHeaders.VARY, VARY);
    }

    private static String contentLanguage(ContainerRequestContext request, HttpServerRequest http) {
        try {
            return Lang.resolve(request.getUriInfo().getQueryParameters().getFirst("lang"),
                    Lang.preferred(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE))).tag;
        } catch (RuntimeException e) {
            return Lang.ZH.tag;
        }
    }

    /** The strong ETag of the answer with this {@link AnswerKey}. */
    static String etag(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notModifiedSince(String ifModifiedSince, Instant lastModified) {
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return !lastModified.isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince.trim())));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
