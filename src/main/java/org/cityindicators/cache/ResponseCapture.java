package org.cityindicators.cache;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Copies the bytes of a cacheable answer (a 200 to a GET of the API, marked by {@link HttpCaching}) into the
 * {@link ResponseCache} while they are written; an answer that grows past the entry bound is let through uncopied.
 */
@Provider
public class ResponseCapture implements WriterInterceptor {

    static final String KEY_PROPERTY = ResponseCapture.class.getName() + ".key";
    /** The matched path template, which the HTTP metrics name the answer by (see PathTemplate). */
    static final String TEMPLATE_PROPERTY = ResponseCapture.class.getName() + ".template";
    /** Set when the client accepts gzip: the entry is then kept compressed (its key says so). */
    static final String GZIP_PROPERTY = ResponseCapture.class.getName() + ".gzip";
    private static final String[] VALIDATORS = {HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.VARY};
    private static final String[] CONTENT = {HttpHeaders.CONTENT_LANGUAGE, "Content-Disposition", "Link"};

    @Inject
    ResponseCache cache;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object key = context.getProperty(KEY_PROPERTY);
        if (key == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        Tee tee = new Tee(original);
        context.setOutputStream(tee);
        context.proceed();
        context.setOutputStream(original);
        Map<String, String> validators = headers(context, VALIDATORS);
        if (tee.copy != null && context.getMediaType() != null && validators.size() == VALIDATORS.length) {
            Map<String, String> content = headers(context, CONTENT);
            content.put(HttpHeaders.CONTENT_TYPE, context.getMediaType().toString());
            cache.put((String) key, CachedAnswer.of(tee.copy.toByteArray(), Map.copyOf(validators), Map.copyOf(content),
                    (String) context.getProperty(TEMPLATE_PROPERTY), Boolean.TRUE.equals(context.getProperty(GZIP_PROPERTY))));
        }
    }

    /** Those of the named headers the answer has, in order. */
    private static Map<String, String> headers(WriterInterceptorContext context, String[] names) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : names) {
            Object value = context.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value.toString());
            }
        }
        return headers;
    }

    /** Passes bytes on and keeps a copy until the copy would be too large to cache. */
    private final class Tee extends FilterOutputStream {
        ByteArrayOutputStream copy = new ByteArrayOutputStream(4096);

        Tee(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (copy != null) {
                if (cache.accepts((long) copy.size() + len)) {
                    copy.write(b, off, len);
                } else {
                    copy = null;
                }
            }
        }
    }
}
