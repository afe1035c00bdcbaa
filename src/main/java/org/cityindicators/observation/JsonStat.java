package org.cityindicators.observation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cityindicators.api.Lang;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Figures as a JSON-stat 2.0 dataset. Dimensions: indicator, measure, scope, subject (area or project), unit and
 * period; values are sparse (keyed by their index in the cube); a qualifier other than exact is the value's status.
 */
final class JsonStat {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NO_SCOPE = "none";
    /** ISO 8601 as ECMA-262 Date.parse reads it, which JSON-stat asks for. */
    private static final java.time.format.DateTimeFormatter UPDATED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssX").withZone(java.time.ZoneOffset.UTC);

    private JsonStat() {
    }

    /** A dimension: its categories in order, each with its label. */
    private record Dimension(String id, String label, Function<FigureRow, String> category, Map<String, String> labels,
                             Map<String, Integer> positions) {
        Dimension(String id, String label, Function<FigureRow, String> category) {
            this(id, label, category, new LinkedHashMap<>(), new java.util.HashMap<>());
        }

        int index(FigureRow row) {
            return positions.get(category.apply(row));
        }
    }

    static ObjectNode dataset(String label, List<FigureRow> rows, Lang lang) {
        List<Dimension> dimensions = List.of(
                new Dimension("indicator", lang == Lang.EN ? "indicator" : "指标", FigureRow::indicator),
                new Dimension("measure", lang == Lang.EN ? "measure" : "计量", r -> r.measure().code()),
                new Dimension("scope", lang == Lang.EN ? "fiscal scope" : "财政口径",
                        r -> r.scope() == null ? NO_SCOPE : r.scope().code()),
                new Dimension("subject", lang == Lang.EN ? "area or project" : "地区或项目",
                        r -> r.area() != null ? r.area() : r.project()),
                new Dimension("unit", lang == Lang.EN ? "unit" : "单位", FigureRow::unit),
                new Dimension("period", lang == Lang.EN ? "period" : "时期", FigureRow::period));
        List<FigureRow> byPeriod = rows.stream()
                .sorted(Comparator.comparing(FigureRow::periodStart).thenComparing(FigureRow::periodEnd)).toList();
        for (FigureRow r : byPeriod) {
            dimensions.get(0).labels().putIfAbsent(r.indicator(), lang.pick(r.indicatorZh(), r.indicatorEn()));
            dimensions.get(1).labels().putIfAbsent(r.measure().code(), r.measure().label(lang));
            dimensions.get(2).labels().putIfAbsent(r.scope() == null ? NO_SCOPE : r.scope().code(),
                    r.scope() == null ? (lang == Lang.EN ? "not applicable" : "不适用") : r.scope().label(lang));
            dimensions.get(3).labels().putIfAbsent(r.area() != null ? r.area() : r.project(),
                    r.area() != null ? lang.pick(r.areaZh(), r.areaEn()) : lang.pick(r.projectZh(), r.projectEn()));
            dimensions.get(4).labels().putIfAbsent(r.unit(), lang.pick(r.unitZh(), r.unitEn()));
            dimensions.get(5).labels().computeIfAbsent(r.period(), text -> Period.parse(text).label(lang));
        }
        ObjectNode dataset = NODES.objectNode().put("version", "2.0").put("class", "dataset").put("label", label);
        rows.stream().map(FigureRow::recordedAt).max(OffsetDateTime::compareTo)
                .ifPresent(updated -> dataset.put("updated", UPDATED.format(updated)));
        dataset.put("source", String.join("; ", rows.stream().map(FigureRow::source).distinct().sorted().toList()));
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
        dataset.putObject("role").putArray("time").add("period");
        ObjectNode values = dataset.putObject("value");
        ObjectNode status = dataset.putObject("status");
        for (FigureRow r : rows) {
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
