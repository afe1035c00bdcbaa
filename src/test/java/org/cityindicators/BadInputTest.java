package org.cityindicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated bad input over every operation of the served OpenAPI document: never a 5xx, every 4xx a problem+json
 * naming the problem, and the database unchanged. The seed is fixed (20261202) so that a failure repeats;
 * {@code -Dbadinput.seed=random} draws a new one (printed), {@code -Dbadinput.seed=S} repeats a run and
 * {@code -Dbadinput.tries=N} (default 2500) makes it longer.
 */
@QuarkusTest
class BadInputTest {

    static final int TRIES = Integer.getInteger("badinput.tries", 2500);
    static final long SEED = seed(System.getProperty("badinput.seed", "20261202"));
    static final ObjectMapper JSON = new ObjectMapper();

    record Operation(String method, String path, JsonNode op) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() throws Exception {
        JsonNode document = JSON.readTree(RestAssured.get("/q/openapi?format=json").asString());
        List<Operation> operations = operations(document);
        assertTrue(operations.size() >= 25, "operations found: " + operations.size());
        BadRequests requests = new BadRequests(document, List.of("", "Bearer " + JwtTestResource.editor(),
                "Bearer " + JwtTestResource.admin(), "Bearer not.a.token"));
        Map<String, String> before = fingerprint();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        net.jqwik.api.sessions.JqwikSession.start();
        for (int i = 0; i < TRIES && failures.size() < 20; i++) {
            BadRequests.Request request = requests.next(operations.get(i % operations.size()), random);
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, request.method(), request.target(), request.headers(), request.body());
            statuses.merge(answer.status(), 1, Integer::sum);
            String failure = judge(answer, new String(request.target(), StandardCharsets.ISO_8859_1));
            if (failure != null) {
                failures.add(failure + " <- " + request);
            }
        }
        net.jqwik.api.sessions.JqwikSession.finish();
        System.out.printf("BadInputTest: %d requests over %d operations, seed %d, statuses %s%n",
                TRIES, operations.size(), SEED, statuses);
        assertTrue(failures.isEmpty(), "seed " + SEED + ":\n" + String.join("\n", failures));
        assertEquals(before, fingerprint(), "the database changed (seed " + SEED + ")");
    }

    private static long seed(String given) {
        return "random".equals(given) ? new Random().nextLong() : Long.parseLong(given);
    }

    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (!op.getKey().equals("parameters")) {
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            });
        }
        return operations;
    }

    /** quarkus.http.limits.max-initial-line-length: longer request lines never reach a route. */
    private static final int CODEC_LINE_LIMIT = 16_384;

    /** What is wrong with an answer, or null. */
    static String judge(RawHttp.Answer answer, String target) {
        int status = answer.status();
        if (status >= 500) {
            return status + " " + shorten(answer.body());
        }
        if (status < 400) {
            return null;
        }
        if (answer.header("content-type") == null && (status == 414 && target.length() > CODEC_LINE_LIMIT
                || status == 400 && !decodable(target))) {
            return null; // answered by Vert.x's HTTP codec before any route (docs/operations.md, "Limits"): status only, no body
        }
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return status + " with content type " + type + ": " + shorten(answer.body());
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("status").asInt() != status || problem.path("detail").asText().isBlank()) {
                return status + " problem without status or detail: " + shorten(answer.body());
            }
        } catch (Exception e) {
            return status + " problem that is not JSON: " + shorten(answer.body());
        }
        String body = answer.body();
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("org.cityindicators")
                || body.contains("java.") || body.contains("com.fasterxml")) {
            return status + " leaks internals: " + shorten(body);
        }
        return null;
    }

    /** Whether the escapes of a request target are well formed and decode to UTF-8. */
    static boolean decodable(String uri) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Character.digit(uri.charAt(i + 1), 16) * 16 + Character.digit(uri.charAt(i + 2), 16));
                i += 2;
            } else if (c > 0x7F) {
                return false;
            } else {
                bytes.write(c);
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A digest of every table's rows (audit and revisions included). */
    Map<String, String> fingerprint() throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \""
                        + table + "\" t")) {
                    rs.next();
                    digests.put(table, rs.getString(1));
                }
            }
        }
        return digests;
    }
}
