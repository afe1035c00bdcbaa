package org.cityindicators.cache;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.core.HttpHeaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered answer kept by the {@link ResponseCache}: its body, its validators (ETag, Last-Modified, Cache-Control,
 * Vary) and the headers that describe the body (Content-Type, Content-Language, Content-Disposition, Link), sent again
 * as they were. The body lives in direct memory, so that every answer from it goes to the socket without being copied
 * or allocated again (a 300 KB answer at thousands of requests a second would otherwise be gigabytes a second of
 * garbage). {@link #bytes()} is everything the answer holds, in direct memory and on the heap.
 */
record CachedAnswer(ByteBuffer body, Map<String, String> validators, Map<String, String> content, String urlTemplate,
                    boolean gzipped, long bytes) {

    /** The heap an answer holds besides its strings: the record, its maps, the buffer object and its cleaner. */
    private static final long OVERHEAD = 512;
    /** The media types quarkus.http.compress-media-types names for the API's answers. */
    private static final Pattern COMPRESSED =
            Pattern.compile("(application/(json|problem\\+json|vnd\\.json-stat\\+json)|text/csv)\\b");

    /** An answer of these bytes, compressed once here with gzip if {@code gzip} and its media type is compressed. */
    static CachedAnswer of(byte[] body, Map<String, String> validators, Map<String, String> content, String urlTemplate,
                           boolean gzip) {
        boolean gzipped = gzip && compressed(content.get(HttpHeaders.CONTENT_TYPE));
        byte[] bytes = gzipped ? gzip(body) : body;
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        long held = direct.capacity() + OVERHEAD + heapBytes(validators) + heapBytes(content) + heapBytes(urlTemplate);
        return new CachedAnswer(direct, validators, content, urlTemplate, gzipped, held);
    }

    String etag() {
        return validators.get(HttpHeaders.ETAG);
    }

    /** The body for one answer: a view of the kept bytes, not a copy (the memory is freed with the answer). */
    Buffer buffer() {
        return Buffer.buffer(Unpooled.wrappedBuffer(body.duplicate()));
    }

    static boolean compressed(String contentType) {
        return contentType != null && COMPRESSED.matcher(contentType).lookingAt();
    }

    /** The heap a string holds at most: its object, its array and two bytes a character. */
    static long heapBytes(String text) {
        return text == null ? 0 : 40 + 2L * text.length();
    }

    private static long heapBytes(Map<String, String> headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            bytes += 32 + heapBytes(header.getKey()) + heapBytes(header.getValue());
        }
        return bytes;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
