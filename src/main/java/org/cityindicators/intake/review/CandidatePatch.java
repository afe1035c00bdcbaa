package org.cityindicators.intake.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Decimals;
import org.cityindicators.domain.InvalidValue;
import org.cityindicators.indicator.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A JSON merge patch (RFC 7396) of a candidate: {@code status} (proposed, accepted, rejected) and any drafted field;
 * null clears a field. Values are checked for shape here; whether they make a valid figure is checked at publication.
 */
final class CandidatePatch {

    private record Field(int maxLength, Function<IntakeCandidate, String> get, BiConsumer<IntakeCandidate, String> set) {
    }

    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();
    private static final Set<String> STATUSES = Set.of(IntakeCandidate.PROPOSED, IntakeCandidate.ACCEPTED, IntakeCandidate.REJECTED);
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static {
        FIELDS.put("indicator", new Field(100, c -> c.indicator, (c, v) -> c.indicator = v));
        FIELDS.put("area", new Field(20, c -> c.area, (c, v) -> c.area = v));
        FIELDS.put("project", new Field(64, c -> c.project, (c, v) -> c.project = v));
        FIELDS.put("scope", new Field(32, c -> c.scope, (c, v) -> c.scope = v));
        FIELDS.put("period", new Field(32, c -> c.period, (c, v) -> c.period = v));
        FIELDS.put("measure", new Field(32, c -> c.measure, (c, v) -> c.measure = v));
        FIELDS.put("value", new Field(64, c -> c.value, (c, v) -> c.value = v));
        FIELDS.put("unit", new Field(32, c -> c.unit, (c, v) -> c.unit = v));
        FIELDS.put("qualifier", new Field(32, c -> c.qualifier, (c, v) -> c.qualifier = v));
    }

    private CandidatePatch() {
    }

    /** The patch object of a request body (numbers keep their printed decimals); 400 when it is not a JSON object. */
    static Map<String, Object> parse(String body) {
        try {
            Map<String, Object> patch = body == null || body.isBlank() ? null : JSON.readValue(body, new TypeReference<>() {
            });
            if (patch == null) {
                throw new IllegalArgumentException();
            }
            return patch;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.badParameter("body", "a JSON merge patch object, such as {\"status\":\"accepted\"}");
        }
    }

    /** Applies the patch; returns the fields it changed. A 400 names the first field that is not allowed or malformed. */
    static List<String> apply(IntakeCandidate candidate, Map<String, Object> patch) {
        if (patch == null || patch.isEmpty()) {
            throw ApiException.badParameter("body", "a JSON merge patch object with status or a field to change");
        }
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            if (!e.getKey().equals("status") && !FIELDS.containsKey(e.getKey())) {
                throw ApiException.badParameter(InvalidValue.clip(e.getKey()), "not a field a steward can change; allowed: status, "
                        + String.join(", ", FIELDS.keySet()));
            }
        }
        List<String> changed = new ArrayList<>();
        if (patch.containsKey("status")) {
            String status = text("status", patch.get("status"), 16);
            if (status == null || !STATUSES.contains(status)) {
                throw ApiException.badParameter("status", "proposed, accepted or rejected");
            }
            if (!status.equals(candidate.review)) {
                candidate.review = status;
                changed.add("status");
            }
        }
        FIELDS.forEach((name, field) -> {
            if (!patch.containsKey(name)) {
                return;
            }
            String value = text(name, patch.get(name), field.maxLength());
            check(name, value);
            if (!Objects.equals(value, field.get().apply(candidate))) {
                field.set().accept(candidate, value);
                candidate.markEdited(name);
                changed.add(name);
            }
        });
        if (changed.contains("period")) {
            candidate.frequency = frequency(candidate.period);
        }
        return changed;
    }

    /** The audit detail: the changed fields with their new values. */
    static String json(List<String> changed, IntakeCandidate c) {
        Map<String, String> values = new LinkedHashMap<>();
        changed.forEach(name -> values.put(name, name.equals("status") ? c.review : FIELDS.get(name).get().apply(c)));
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The frequency a period's notation names, or null when it names none. */
    static String frequency(String period) {
        if (period == null) {
            return null;
        } else if (period.matches("[0-9]{4}")) {
            return "year";
        } else if (period.matches("[0-9]{4}-H[12]")) {
            return "half_year";
        } else if (period.matches("[0-9]{4}-Q[1-4]")) {
            return "quarter";
        } else if (period.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            return "month";
        } else if (period.matches("[0-9]{4}-(0[1-9]|1[0-2])/[0-9]{4}-(0[1-9]|1[0-2])")) {
            return "year_to_date";
        }
        return null;
    }

    private static void check(String name, String value) {
        if (value == null) {
            return;
        }
        if (name.equals("value") && Decimals.plain(value) == null) {
            throw ApiException.badParameter("value", "'" + InvalidValue.clip(value) + "' is not " + Decimals.FORM);
        }
        if (name.equals("indicator") && Indicator.findById(value) == null) {
            throw ApiException.badParameter("indicator", "unknown indicator '" + InvalidValue.clip(value) + "'");
        }
        if (name.equals("period") && frequency(value) == null) {
            throw ApiException.badParameter("period", "2023, 2023-H1, 2023-Q1, 2023-12 or 2024-01/2024-04");
        }
    }

    private static String text(String name, Object value, int max) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal || value instanceof Number) {
            return new BigDecimal(value.toString()).toPlainString();
        }
        if (!(value instanceof String s)) {
            throw ApiException.badParameter(name, "a string (or null to clear it)");
        }
        String trimmed = s.strip();
        if (trimmed.length() > max || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badParameter(name, "at most " + max + " characters, without control characters");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
