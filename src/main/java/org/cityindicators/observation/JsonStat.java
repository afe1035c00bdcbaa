package org.cityindicators.observation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cityindicators.domain.Lang;
import org.cityindicators.source.Source;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Figures as a JSON-stat 2.0 dataset. Dimensions: metric (an indicator and a measure, {@code gdp:actual}; role metric,
 * each category with its unit and the most decimals published for it), scope, subject (an area or a project; role
 * geo) and period (role time). Values are sparse (keyed by their index in the cube); a qualifier other than exact is
 * the value's status. Labels are in the requested language; the source is the titles of the documents quoted.
 */
final class JsonStat {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NO_SCOPE = "none";
    /** ISO 8601 as ECMA-262 Date.parse reads it, which JSON-stat asks for. */
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssX").withZone(ZoneOffset.UTC);

    private JsonStat() {
    }

    /** A dimension: its categories in order, each with its label. */
    private record Dimension(String id, String label, Function<StoredObservation, String> category, Map<String, String> labels,
                             Map<String, Integer> positions) {
        Dimension(String id, String label, Function<StoredObservation, String> category) {
            this(id, label, category, new LinkedHashMap<>(), new HashMap<>());
        }

        int index(StoredObservation row) {
            return positions.get(category.apply(row));
        }
    }

    static String metric(StoredObservation r) {
        return r.indicator() + ":" + r.measure().code();
    }

    static ObjectNode dataset(String label, List<StoredObservation> rows, Lang lang) {
        boolean en = lang == Lang.EN;
        Dimension metric = new Dimension("metric", en ? "indicator and measure" : "指标和计量", JsonStat::metric);
        Dimension scope = new Dimension("scope", en ? "fiscal scope" : "财政口径", r -> r.scope() == null ? NO_SCOPE : r.scope().code());
        Dimension subject = new Dimension("subject", en ? "area or project" : "地区或项目", r -> r.area() != null ? r.area() : r.project());
        Dimension period = new Dimension("period", en ? "period" : "时期", StoredObservation::period);
        List<Dimension> dimensions = List.of(metric, scope, subject, period);
        Map<String, ObjectNode> units = new LinkedHashMap<>();
        List<StoredObservation> byPeriod = rows.stream()
                .sorted(Comparator.comparing(StoredObservation::periodStart).thenComparing(StoredObservation::periodEnd)).toList();
        for (StoredObservation r : byPeriod) {
            metric.labels().putIfAbsent(metric(r), lang.pick(r.indicatorZh(), r.indicatorEn()) + (en ? " (" : "（")
                    + r.measure().label(lang) + (en ? ")" : "）"));
            ObjectNode unit = units.computeIfAbsent(metric(r), m -> NODES.objectNode()
                    .put("label", lang.pick(r.unitZh(), r.unitEn())).put("decimals", 0).put("position", "end"));
            unit.put("decimals", Math.max(unit.get("decimals").asInt(), Math.max(r.value().scale(), 0)));
            scope.labels().putIfAbsent(scope.category().apply(r),
                    r.scope() == null ? (en ? "not applicable" : "不适用") : r.scope().label(lang));
            subject.labels().putIfAbsent(subject.category().apply(r),
                    r.area() != null ? lang.pick(r.areaZh(), r.areaEn()) : lang.pick(r.projectZh(), r.projectEn()));
            period.labels().computeIfAbsent(r.period(), text -> Period.parse(text).label(lang));
        }
        ObjectNode dataset = NODES.objectNode().put("version", "2.0").put("class", "dataset").put("label", label);
        rows.stream().map(StoredObservation::recordedAt).max(OffsetDateTime::compareTo)
                .ifPresent(updated -> dataset.put("updated", UPDATED.format(updated)));
        dataset.put("source", String.join("; ", rows.stream().map(StoredObservation::source).distinct().sorted()
                .map(code -> Source.<Source>findByIdOptional(code).map(s -> s.title).orElse(code)).filter(Objects::nonNull).toList()));
        var ids = dataset.putArray("id");
        var sizes = dataset.putArray("size");
        ObjectNode dims = dataset.putObject("dimension");
        for (Dimension d : dimensions) {
            ids.add(d.id());
            sizes.add(d.labels().size());
            ObjectNode category = dims.putObject(d.id()).put("label", d.label()).putObject("category");
            ObjectNode index = category.putObject("index");
            ObjectNode labels = category.putObject("label");
            int i = 0;
            for (var entry : d.labels().entrySet()) {
                d.positions().put(entry.getKey(), i);
                index.put(entry.getKey(), i++);
                labels.put(entry.getKey(), entry.getValue());
            }
        }
        units.forEach(((ObjectNode) dims.get("metric").get("category")).putObject("unit")::set);
        ObjectNode role = dataset.putObject("role");
        role.putArray("metric").add("metric");
        role.putArray("geo").add("subject");
        role.putArray("time").add("period");
        ObjectNode values = dataset.putObject("value");
        ObjectNode status = dataset.putObject("status");
        for (StoredObservation r : rows) {
            long position = 0;
            for (Dimension d : dimensions) {
                position = position * d.labels().size() + d.index(r);
            }
            values.put(Long.toString(position), r.value());
            if (r.qualifier() != Qualifier.EXACT) {
                status.put(Long.toString(position), r.qualifier().code());
            }
        }
        ObjectNode meaning = dataset.putObject("extension").putObject("status");
        for (Qualifier q : Qualifier.values()) {
            meaning.put(q.code(), q.label(lang));
        }
        return dataset;
    }
}
