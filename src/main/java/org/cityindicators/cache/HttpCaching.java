package org.cityindicators.cache;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.cityindicators.api.HttpDate;
import org.cityindicators.api.LangParam;
import org.cityindicators.api.PathTemplate;
import org.cityindicators.api.Preferences;
import org.cityindicators.config.IndicatorsConfig;
import org.cityindicators.domain.Lang;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;
import java.util.Map;

/**
 * Conditional requests and validators for every answer of the API. An answer is a function of the data version and of
 * its {@link AnswerKey}: the URL and the client's preferences (language, formats, gzip), so its strong ETag is the
 * hash of the key, known before any work is done. An answer that shows one versioned resource (an indicator, area,
 * source or figure) has the ETag {@code "<row version>-<hash>"}: the hash, because the representation also shows labels
 * of other resources (a figure shows its indicator's name), its language and its coding, and any of these may change
 * while the row does not; the row version in front, because a write's If-Match names the version it replaces and
 * must still succeed after a change elsewhere (stewardship.Preconditions compares that part only).
 * Before the answer is rendered only an If-None-Match naming the exact ETag is answered 304 (such an ETag is only ever
 * issued on a 200 for that key and version); "*" and If-Modified-Since are weighed against the answer once it is a
 * 200 (RFC 9110 §13.2.1), so a missing resource or a bad request is never "not modified".
 */
public class HttpCaching {

    static final String VARY = "Accept, Accept-Language, Accept-Encoding, Origin";
    private static final String STATE_PROPERTY = HttpCaching.class.getName() + ".state";
    private static final String KEY_PROPERTY = HttpCaching.class.getName() + ".key";
    private static final String HASH_PROPERTY = HttpCaching.class.getName() + ".hash";

    @Inject
    DatasetVersion version;

    @Inject
    IndicatorsConfig config;

    @ServerRequestFilter
    public Response conditional(ContainerRequestContext request, RoutingContext routing) {
        HttpServerRequest http = routing.request();
        DatasetVersion.State state = version.current();
        if (state == null || !http.path().startsWith("/api/")) {
            return null;
        }
        request.setProperty(STATE_PROPERTY, state);
        if (!AnswerKey.isRead(http)) {
            return null;
        }
        String key = AnswerKey.of(state.version(), http.path(), http);
        String hash = Conditions.hash(key);
        request.setProperty(KEY_PROPERTY, key);
        request.setProperty(HASH_PROPERTY, hash);
        String issued = Conditions.issued(http.getHeader(HttpHeaders.IF_NONE_MATCH), hash);
        if (issued == null) {
            return null;
        }
        Response.ResponseBuilder notModified = Response.notModified();
        validators(issued, state, config.http().maxAge()).forEach(notModified::header);
        return notModified.build();
    }

    @ServerResponseFilter
    public void validators(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        HttpServerRequest http = routing.request();
        if (!http.path().startsWith("/api/")) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        DatasetVersion.State state = (DatasetVersion.State) request.getProperty(STATE_PROPERTY);
        String hash = (String) request.getProperty(HASH_PROPERTY);
        if (response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, contentLanguage(request, http));
        }
        EntityTag row = response.getEntityTag();
        if (hash != null && response.getStatus() == 200) {
            read(request, response, http, Conditions.etag(row == null ? null : row.getValue(), hash), state);
        } else if (row != null && state != null && !AnswerKey.isRead(http) && response.getStatus() / 100 == 2) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, written(routing, response, row.getValue(), state));
        }
    }

    /** A 200 to a read: its validators, then 304 if the request's conditions hold, else it may be kept. */
    private void read(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http,
                      String etag, DatasetVersion.State state) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        validators(etag, state, config.http().maxAge()).forEach(headers::putSingle);
        if (Conditions.notModified(http.getHeader(HttpHeaders.IF_NONE_MATCH), http.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                etag, state)) {
            response.setStatus(304);
            response.setEntity(null);
            for (String name : new String[] {HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE, "Content-Disposition", "Link"}) {
                headers.remove(name);
            }
            return;
        }
        // answers to authenticated requests (the audit log) are never kept: the cache key has no identity in it
        if (http.method() == HttpMethod.GET && http.getHeader(HttpHeaders.AUTHORIZATION) == null
                && !headers.containsKey("Set-Cookie")) {
            request.setProperty(ResponseCapture.KEY_PROPERTY, request.getProperty(KEY_PROPERTY));
            request.setProperty(ResponseCapture.TEMPLATE_PROPERTY, PathTemplate.current());
            request.setProperty(ResponseCapture.GZIP_PROPERTY, Preferences.acceptsGzip(http.getHeader(HttpHeaders.ACCEPT_ENCODING)));
        }
    }

    /**
     * The ETag of a write's answer: that of the representation it returns, as a read of it would get it now. The state
     * is the one its commit made (or the one before, if it changed nothing), never a later one: the answer shows no
     * later data, so its ETag must not claim them.
     */
    private static String written(RoutingContext routing, ContainerResponseContext response, String rowVersion,
                                  DatasetVersion.State before) {
        DatasetVersion.State committed = routing.get(DatasetVersion.COMMITTED);
        DatasetVersion.State state = committed != null ? committed : before;
        URI location = response.getLocation();
        String path = location != null ? location.getRawPath() : routing.request().path();
        return Conditions.etag(rowVersion, Conditions.hash(AnswerKey.of(state.version(), path, routing.request())));
    }

    static Map<String, String> validators(String etag, DatasetVersion.State state, int maxAge) {
        return Map.of(HttpHeaders.ETAG, etag,
                HttpHeaders.LAST_MODIFIED, HttpDate.format(Conditions.lastModified(state)),
                HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge,
                HttpHeaders.VARY, VARY);
    }

    private static String contentLanguage(ContainerRequestContext request, HttpServerRequest http) {
        try {
            return LangParam.resolve(request.getUriInfo().getQueryParameters().getFirst("lang"),
                    LangParam.preferred(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE))).tag;
        } catch (RuntimeException e) {
            return Lang.ZH.tag;
        }
    }
}
