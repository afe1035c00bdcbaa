package org.cityindicators.cache;

import org.cityindicators.api.HttpDate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Validators (ETags, HTTP dates) and the evaluation of If-None-Match and If-Modified-Since against an answer. */
final class Conditions {

    private static final Pattern ROW_VERSION = Pattern.compile("[0-9]{1,18}-");

    private Conditions() {
    }

    /** The Last-Modified of answers of a data state: the second of its last change. */
    static Instant lastModified(DatasetVersion.State state) {
        return state.modifiedAt().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The hash of a cache key, which every ETag of that answer ends with. */
    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ETag of an answer: its hash, after the row version of the resource it shows if it shows one. */
    static String etag(String rowVersion, String hash) {
        return rowVersion == null ? "\"" + hash + "\"" : "\"" + rowVersion + "-" + hash + "\"";
    }

    /**
     * The ETag in If-None-Match that was issued for the answer with this hash, or null. Only such an exact match may be
     * answered 304 before the answer is known: an ETag is only ever issued on a 200, for its key and data version.
     */
    static String issued(String ifNoneMatch, String hash) {
        if (ifNoneMatch == null) {
            return null;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = opaque(candidate);
            if (tag.startsWith("\"") && tag.endsWith(hash + "\"")) {
                String rowVersion = tag.substring(1, tag.length() - hash.length() - 1);
                if (rowVersion.isEmpty() || ROW_VERSION.matcher(rowVersion).matches()) {
                    return tag;
                }
            }
        }
        return null;
    }

    /** Whether an answer with this ETag is not modified for the request (RFC 9110 §13.2.2: If-None-Match first). */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, DatasetVersion.State state) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        return ifModifiedSince != null && notModifiedSince(ifModifiedSince, state, Instant.now());
    }

    /** If-None-Match against an existing answer: "*" or its ETag, compared weakly. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the data have not changed since the second named. Last-Modified has whole seconds, so a client whose copy
     * is dated with the second of the last change may hold the version before it if that changed in the same second
     * too: then no date proves anything until the next change. A date in the future proves nothing (RFC 9110 §13.1.3).
     */
    static boolean notModifiedSince(String ifModifiedSince, DatasetVersion.State state, Instant now) {
        Instant since = HttpDate.parse(ifModifiedSince);
        if (since == null) {
            return false;
        }
        Instant last = lastModified(state);
        boolean earlierChangeThatSecond = !state.previousModifiedAt().truncatedTo(ChronoUnit.SECONDS).isBefore(last);
        return !since.isBefore(last) && !earlierChangeThatSecond && !since.isAfter(now);
    }

    /** An entity tag without its weakness indicator: {@code W/"x"} and {@code "x"} are both {@code "x"}. */
    private static String opaque(String tag) {
        String trimmed = tag.trim();
        return trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
    }
}
