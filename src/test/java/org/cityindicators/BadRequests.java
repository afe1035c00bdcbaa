package org.cityindicators;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds one hostile request for an operation of the OpenAPI document: every parameter omitted, valid or bad, a bad
 * body (malformed, wrongly typed, wrong content type) and one of the given Authorization values.
 */
final class BadRequests {

    record Request(String method, byte[] target, Map<String, byte[]> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = new String(target, StandardCharsets.ISO_8859_1);
            return method + " " + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown)
                    + " headers " + headers.keySet() + (body == null ? "" : " body " + preview(body));
        }

        private static String preview(byte[] body) {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() > 120 ? text.substring(0, 120) + "…" : text;
        }
    }

    static final List<String> MALFORMED_JSON = List.of("", "{", "}", "[", "{\"a\":", "{\"a\" 1}", "nul", "tru", "'x'",
            "{\"value\": 1e999999}", "{\"value\": -1e-999999}", "{\"value\": 0x10}", "{\"value\": NaN}", "[1,]", "{,}",
            "\u0000", "\uFEFF{}", "{\"a\":\"\u0000\"}", "{\"a\":\"\\ud800\"}", "[]", "[[]]", "{}", "null", "1", "\"x\"",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "{\"value\":\"" + "9".repeat(2000) + "\"}", "{\"value\":" + "9".repeat(2000) + "}");
    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=ISO-8859-1",
            "text/csv", "text/csv; charset=GBK", "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/octet-stream", "*/*", "application/", "garbage", ";;;",
            "application/json; charset=nonsense");
    static final List<String> ACCEPTS = List.of("*/*", "application/json", "text/csv", "application/xml", "text/html",
            "application/vnd.json-stat+json", "image/png", "garbage", "application/json;q=x", ";;;");
    static final String CSV_HEADER = "indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote";

    private final JsonNode document;
    private final List<String> authorizations;

    BadRequests(JsonNode document, List<String> authorizations) {
        this.document = document;
        this.authorizations = authorizations;
    }

    Request next(BadInputTest.Operation operation, Random random) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        Map<String, byte[]> headers = new LinkedHashMap<>();
        for (JsonNode parameter : operation.op().path("parameters")) {
            String name = parameter.path("name").asText();
            List<String> allowed = allowed(parameter.path("schema"));
            switch (parameter.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", pick(BadValues.escaped(allowed).filter(v -> !v.isEmpty()), random));
                case "query" -> {
                    if (random.nextInt(3) > 0) {
                        query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(pick(BadValues.escaped(allowed), random));
                    }
                }
                case "header" -> {
                    if (random.nextBoolean()) {
                        headers.put(name, pick(BadValues.headerValue(allowed), random));
                    }
                }
                default -> {
                }
            }
        }
        if (random.nextInt(10) == 0) {
            query.append(query.isEmpty() ? '?' : '&').append(pick(BadValues.escaped(List.of()), random)).append('=')
                    .append(pick(BadValues.escaped(List.of()), random));
        }
        String authorization = authorizations.get(random.nextInt(authorizations.size()));
        if (!authorization.isEmpty()) {
            headers.put("Authorization", authorization.getBytes(StandardCharsets.US_ASCII));
        }
        if (random.nextInt(4) == 0) {
            headers.put("Accept", ACCEPTS.get(random.nextInt(ACCEPTS.size())).getBytes(StandardCharsets.US_ASCII));
        }
        byte[] body = null;
        JsonNode content = operation.op().path("requestBody").path("content");
        if (!content.isMissingNode()) {
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            String type = random.nextInt(5) == 0 ? CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()))
                    : types.get(random.nextInt(types.size()));
            headers.put("Content-Type", type.getBytes(StandardCharsets.US_ASCII));
            body = type.startsWith("text/csv") ? csv(random) : json(content.path(types.get(0)).path("schema"), random);
        }
        String method = random.nextInt(40) == 0 ? List.of("PATCH", "TRACE", "PUT", "DELETE").get(random.nextInt(4)) : operation.method();
        return new Request(method, (path + query).getBytes(StandardCharsets.ISO_8859_1), headers, body);
    }

    private List<String> allowed(JsonNode schema) {
        List<String> values = new ArrayList<>();
        resolve(schema).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        if (ref.isTextual()) {
            return document.at(ref.asText().substring(1));
        }
        return schema;
    }

    /** Malformed JSON, or an object (or array of them) with the schema's fields holding bad values, one mistyped. */
    private byte[] json(JsonNode schema, Random random) {
        if (random.nextInt(3) == 0) {
            return MALFORMED_JSON.get(random.nextInt(MALFORMED_JSON.size())).getBytes(StandardCharsets.UTF_8);
        }
        JsonNode resolved = resolve(schema);
        boolean array = "array".equals(resolved.path("type").asText());
        JsonNode item = array ? resolve(resolved.path("items")) : resolved;
        List<String> fields = new ArrayList<>();
        item.path("properties").fieldNames().forEachRemaining(fields::add);
        String object = object(fields, random);
        String text = array ? "[" + object + (random.nextBoolean() ? "," + object(fields, random) : "") + "]" : object;
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String object(List<String> fields, Random random) {
        StringBuilder out = new StringBuilder("{");
        String mistyped = fields.isEmpty() ? "value" : fields.get(random.nextInt(fields.size()));
        out.append(quote(mistyped)).append(":{\"$ne\":null}");
        for (String field : fields) {
            if (!field.equals(mistyped) && random.nextInt(4) > 0) {
                out.append(',').append(quote(field)).append(':').append(jsonValue(random));
            }
        }
        return out.append('}').toString();
    }

    private String jsonValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "null";
            case 1 -> pick(Arbitraries.of("-1", "0", "1e308", "-1e308", "123456789012345678901234567890.123456789", "1.5",
                    "true", "[]", "{}", "[\"x\"]"), random);
            default -> quote(pick(BadValues.value(List.of()), random));
        };
    }

    /** CSV: garbage, the real header with bad rows, broken quoting, invalid UTF-8, NUL. */
    private byte[] csv(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> pick(Arbitraries.bytes().array(byte[].class).ofMaxSize(400), random);
            case 1 -> (CSV_HEADER + "\n\"retail.total,440700\n").getBytes(StandardCharsets.UTF_8);
            case 2 -> {
                byte[] head = (CSV_HEADER + "\nretail.total,440700,,,2023,actual,").getBytes(StandardCharsets.UTF_8);
                byte[] out = java.util.Arrays.copyOf(head, head.length + 4);
                System.arraycopy(new byte[]{(byte) 0xC3, 0x28, 0, (byte) 0xFF}, 0, out, head.length, 4);
                yield out;
            }
            case 3 -> ("\uFEFF" + pick(BadValues.value(List.of()), random) + "\n" + "x,".repeat(random.nextInt(3000)))
                    .getBytes(StandardCharsets.UTF_8);
            default -> {
                StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
                for (int row = random.nextInt(4); row >= 0; row--) {
                    out.append(csvCell(random)).append(',').append(csvCell(random)).append(",,").append(csvCell(random))
                            .append(',').append(csvCell(random)).append(',').append(csvCell(random)).append(',')
                            .append(quote(pick(BadValues.value(List.of()), random) + "x")).append(',')
                            .append(csvCell(random)).append(",exact,jmdaily-2024-02-gdp,").append(csvCell(random)).append('\n');
                }
                yield out.toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private String csvCell(Random random) {
        return quote(pick(BadValues.value(List.of("retail.total", "440700", "2023", "actual", "CNY_100M")), random));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static <T> T pick(Arbitrary<T> arbitrary, Random random) {
        return arbitrary.generator(100).next(random).value();
    }
}
