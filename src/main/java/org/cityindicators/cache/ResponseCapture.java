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

/**
 * Copies the bytes of a cacheable answer (a 200 to a GET of the API, marked by {@link HttpCaching}) into the
 * {@link ResponseCache} while they are written; an answer that grows past the entry bound is let through uncopied.
 */
@Provider
public class ResponseCapture implements WriterInterceptor {

    static final String KEY_PROPERTY = ResponseCapture.class.getName() + ".key";
    /** The matched path template, which the HTTP metrics name the answer by (see HttpCaching.URL_TEMPLATE). */
    static final String TEMPLATE_PROPERTY = ResponseCapture.class.getName() + ".template";
    /** Set when the client accepts gzip: the entry is then kept compressed (its key has the Accept-Encoding in it). */
    static final String GZIP_PROPERTY = ResponseCapture.class.getName() + ".gzip";

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
        java.util.Map<String, String> validators = validators(context);
        if (tee.copy != null && context.getMediaType() != null && validators != null) {
            cache.put((String) key, ResponseCache.Entry.of(tee.copy.toByteArray(), validators,
                    (String) context.getProperty(TEMPLATE_PROPERTY), context.getMediaType().toString(),
                    header(context, HttpHeaders.CONTENT_LANGUAGE), header(context, "Content-Disposition"),
                    Boolean.TRUE.equals(context.getProperty(GZIP_PROPERTY))));
        }
    }

    /** The validators the answer was sent with (set by HttpCaching), or null if it has none. */
    private static java.util.Map<String, String> validators(WriterInterceptorContext context) {
        java.util.Map<String, String> validators = new java.util.LinkedHashMap<>();
        for (String name : new String[] {HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY}) {
            String value = header(context, name);
            if (value == null) {
                return null;
            }
            validators.put(name, value);
        }
        return java.util.Map.copyOf(validators);
    }

    private static String header(WriterInterceptorContext context, String name) {
        Object value = context.getHeaders().getFirst(name);
        return value == null ? null : value.toString();
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
