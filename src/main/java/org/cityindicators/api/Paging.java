package org.cityindicators.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A validated keyset page request: the page size and the sort key of the last item already seen (empty for the
 * first page). Pages continue strictly after that key, so they hold at any depth and never skip or repeat an item
 * however deep the client goes.
 */
public record Paging(int size, List<String> after, UriInfo uri) {

    public static final int MAX_SIZE = 1000;
    public static final int DEFAULT_SIZE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The page of {@code rows} (fetched with one row more than the size, to know whether more follow). */
    public <R, T> PageDto<T> page(List<R> rows, Function<R, T> mapper, Function<R, Object[]> key, long total) {
        boolean more = rows.size() > size;
        List<R> shown = more ? rows.subList(0, size) : rows;
        String next = more ? nextLink(encode(key.apply(shown.get(size - 1)))) : null;
        return new PageDto<>(shown.stream().map(mapper).toList(), new PageDto.PageInfo(size, next), total);
    }

    /** Rows to fetch: one more than the page size. */
    public int limit() {
        return size + 1;
    }

    public boolean first() {
        return after.isEmpty();
    }

    /** The last key of the previous page when it has one part; null on the first page. */
    public String afterKey() {
        return first() ? null : after.get(0);
    }

    static Paging parse(String cursor, String size, UriInfo uri, int keyLength) {
        int pageSize = Params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new Paging(pageSize, cursor == null || cursor.isBlank() ? List.of() : decode(cursor.trim(), keyLength), uri);
    }

    static String encode(Object[] key) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(key));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> decode(String cursor, int keyLength) {
        try {
            Object[] key = JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8), Object[].class);
            if (key == null || key.length != keyLength || Arrays.stream(key).anyMatch(k -> !(k instanceof String || k instanceof Number))) {
                throw new IllegalArgumentException("wrong shape");
            }
            List<String> parts = new ArrayList<>();
            for (Object k : key) {
                parts.add(k.toString());
            }
            return parts;
        } catch (IllegalArgumentException | IOException e) {
            throw ApiException.badParameter("cursor", "not a cursor this list gave out; start again without it");
        }
    }

    /** This request's path and query, written as the client wrote them, with the cursor replaced. */
    private String nextLink(String cursor) {
        String query = uri.getRequestUri().getRawQuery();
        StringBuilder link = new StringBuilder(uri.getRequestUri().getRawPath()).append('?');
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("cursor=")) {
                    link.append(part).append('&');
                }
            }
        }
        return link.append("cursor=").append(cursor).toString();
    }
}
