package org.cityindicators.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import org.cityindicators.config.IndicatorsConfig;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered GET answers of the current data version, keyed by what their ETag is a hash of (data version, URL,
 * Accept, Accept-Language, Accept-Encoding), so a repeated read costs a map lookup instead of a query and a rendering.
 * Bounded in bytes: when full it is emptied and refills with what is asked for next. Emptied as soon as the data
 * version moves (a write here, or another replica's write announced by PostgreSQL). A kept answer is sent by a
 * Vert.x filter that runs after CORS and before authentication and the REST layer (it serves only requests without
 * credentials, and only answers that were public), so that the HTTP layer compresses it as it would the original; a
 * matching If-None-Match is answered 304 there too (other conditional requests go on to {@link HttpCaching}).
 * While the data version cannot be known (PostgreSQL unreachable), answers kept for the last version known are still
 * served, and say so: {@code Warning: 111 - "Revalidation Failed"} and {@code Cache-Control: no-cache}.
 */
@ApplicationScoped
public class ResponseCache {

    /**
     * One rendered answer: its body and the headers that describe the body. The body lives in direct memory, so that
     * every answer from it goes to the socket without being copied or allocated again (a 300 KB answer at thousands
     * of requests a second would otherwise be gigabytes a second of garbage).
     */
    public record Entry(java.nio.ByteBuffer body, java.util.Map<String, String> validators, String urlTemplate,
                        String contentType, String contentLanguage, String contentDisposition, boolean gzipped) {

        /**
         * An entry of these bytes, compressed once here with gzip if {@code gzip} and the media type is compressed; the
         * validators (ETag, Last-Modified, Cache-Control, Vary) are the original answer's, sent again as they are.
         */
        public static Entry of(byte[] body, java.util.Map<String, String> validators, String urlTemplate, String contentType,
                               String contentLanguage, String contentDisposition, boolean gzip) {
            boolean gzipped = gzip && compressed(contentType);
            byte[] bytes = gzipped ? gzip(body) : body;
            java.nio.ByteBuffer direct = java.nio.ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
            return new Entry(direct, validators, urlTemplate, contentType, contentLanguage, contentDisposition, gzipped);
        }

        String etag() {
            return validators.get(HttpHeaders.ETAG);
        }

        int size() {
            return body.capacity();
        }

        /** The body for one answer: a view of the kept bytes, not a copy (the memory is freed with the entry). */
        io.vertx.core.buffer.Buffer buffer() {
            return io.vertx.core.buffer.Buffer.buffer(io.netty.buffer.Unpooled.wrappedBuffer(body.duplicate()));
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    @Inject
    IndicatorsConfig config;

    /** The answer stored under the key, or null. */
    public Entry get(String key) {
        return entries.get(key);
    }

    /** Whether an answer of this many bytes may be kept at all. */
    public boolean accepts(long size) {
        return size <= config.http().responseCacheEntryBytes() && size <= config.http().responseCacheBytes();
    }

    /** Keeps an answer, emptying the cache first when it would grow past its bound. */
    public void put(String key, Entry entry) {
        if (!accepts(entry.size())) {
            return;
        }
        if (bytes.addAndGet(entry.size()) > config.http().responseCacheBytes()) {
            clear();
            bytes.addAndGet(entry.size());
        }
        Entry before = entries.put(key, entry);
        if (before != null) {
            bytes.addAndGet(-before.size());
        }
    }

    /** Number of answers held. */
    public int size() {
        return entries.size();
    }

    void clear() {
        entries.clear();
        bytes.set(0);
    }

    void onChange(@Observes DatasetVersion.Changed changed) {
        clear();
    }

    @Inject
    DatasetVersion version;

    void register(@Observes io.quarkus.vertx.http.runtime.filters.Filters filters) {
        // after the limits, the rate limit, the request id, the security headers and CORS (300); before authentication
        // (200) and Quarkus REST's per-request path matching (199), which a kept answer does not need
        filters.register(this::serve, 250);
    }

    private void serve(io.vertx.ext.web.RoutingContext context) {
        var request = context.request();
        DatasetVersion.State state = version.current();
        boolean stale = state == null;
        if (stale) {
            state = version.lastKnown();
        }
        if (state == null || request.method() != io.vertx.core.http.HttpMethod.GET || !request.path().startsWith("/api/")
                || request.path().equals(HttpCaching.STREAM) || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            context.next();
            return;
        }
        Entry entry = get(key(state.version(), request));
        if (entry == null) {
            context.next(); // while the database is unreachable, what the cache does not hold is answered 503
            return;
        }
        if (entry.urlTemplate() != null) { // the metrics name the answer as if the REST layer had served it
            HttpCaching.urlTemplate(request, entry.urlTemplate());
        }
        var response = context.response();
        entry.validators().forEach(response::putHeader);
        if (stale) {
            // RFC 9111 dropped Warning, but it still says precisely this: the origin could not be reached to revalidate
            response.putHeader("Warning", "111 - \"Revalidation Failed\"");
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && HttpCaching.matches(ifNoneMatch, entry.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType()).putHeader(HttpHeaders.CONTENT_LANGUAGE, entry.contentLanguage());
        if (entry.contentDisposition() != null) {
            response.putHeader("Content-Disposition", entry.contentDisposition());
        }
        if (entry.gzipped()) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip"); // compressed once when kept, not per answer
        } else if (compressed(entry.contentType())) {
            response.headers().remove(HttpHeaders.CONTENT_ENCODING); // an earlier filter's "identity" would stop gzip
        } else {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "identity");
        }
        response.end(entry.buffer());
    }

    /** The media types quarkus.http.compress-media-types names for the API's answers. */
    private static final java.util.regex.Pattern COMPRESSED =
            java.util.regex.Pattern.compile("(application/(json|problem\\+json|vnd\\.json-stat\\+json)|text/csv)\\b");

    static boolean compressed(String contentType) {
        return COMPRESSED.matcher(contentType).lookingAt();
    }

    /** Whether an Accept-Encoding header accepts gzip (named or by *, with a quality above 0). */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] params = part.split(";");
            String coding = params[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("*")) {
                for (int i = 1; i < params.length; i++) {
                    String param = params[i].trim().toLowerCase(java.util.Locale.ROOT);
                    if (param.matches("q\\s*=\\s*0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        var bytes = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
        try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String key(long dataVersion, io.vertx.core.http.HttpServerRequest request) {
        return HttpCaching.key(dataVersion, request.path(), request.query(), header(request, HttpHeaders.ACCEPT),
                header(request, HttpHeaders.ACCEPT_LANGUAGE), header(request, HttpHeaders.ACCEPT_ENCODING));
    }

    private static String header(io.vertx.core.http.HttpServerRequest request, String name) {
        String value = request.getHeader(name);
        return value == null ? "" : value;
    }
}
