package org.cityindicators.dataset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cityindicators.area.AreaLevel;
import org.cityindicators.domain.Coded;
import org.cityindicators.observation.Frequency;
import org.cityindicators.observation.Measure;
import org.cityindicators.observation.ObservationCsv;
import org.cityindicators.observation.Period;
import org.cityindicators.observation.Qualifier;
import org.cityindicators.observation.Scope;
import org.cityindicators.stewardship.Catalogue;
import org.cityindicators.unit.UnitKind;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The Frictionless Data Package descriptor (datapackage.json) of the bulk download. */
final class DataPackage {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Type and meaning of each column of the figures file; columns not listed are strings. */
    private static final Map<String, String[]> FIGURE_FIELDS = Map.ofEntries(
            Map.entry("indicator", new String[] {"string", "Indicator code, see indicators.csv"}),
            Map.entry("area", new String[] {"string", "GB/T 2260 area code, see areas.csv; empty for a project's figure"}),
            Map.entry("project", new String[] {"string", "Project code, see projects.csv; empty for an area's figure"}),
            Map.entry("scope", new String[] {"string", "Fiscal scope: consolidated (全市), municipal (市本级) or district_level (区级); empty where none applies"}),
            Map.entry("period", new String[] {"string", "Period: a year (2023), half-year (2023-H1), quarter (2023-Q1), "
                    + "month (2023-12) or months of one year to date, an ISO 8601 interval (2024-01/2024-04 = 1-4月累计)"}),
            Map.entry("measure", new String[] {"string", "actual, planned, adjusted_budget, planned_growth, yoy_growth, share, execution_rate, pp_change (percentage points), "
                    + "budget_progress or schedule_gap (percentage points)"}),
            Map.entry("value", new String[] {"number", "Value exactly as published, in the unit of the unit column; rates in percentage points"}),
            Map.entry("unit", new String[] {"string", "Unit code, see units.csv (CNY_100M = 亿元 = 10^8 yuan)"}),
            Map.entry("qualifier", new String[] {"string", "exact; more_than (突破/超, a lower bound); about (约); nearly (近, slightly below)"}),
            Map.entry("source", new String[] {"string", "Source document code, see sources.csv"}),
            Map.entry("quote", new String[] {"string", "The exact phrase the figure was read from"}),
            Map.entry("value_base", new String[] {"number", "The value in base units (yuan for money), computed exactly"}),
            Map.entry("recorded_at", new String[] {"datetime", "When this value was recorded (ISO 8601, UTC, with fractions of a second)"}),
            Map.entry("figure_id", new String[] {"integer", "Stable id of the figure across its versions"}),
            Map.entry("withdrawn", new String[] {"boolean", "A withdrawn figure (only in change feeds)"}));

    /** Catalogue columns that are not plain strings or need a word. */
    private static final Map<String, String[]> CATALOGUE_FIELDS = Map.of(
            "scoped", new String[] {"boolean", "true for fiscal indicators, whose figures name a scope"},
            "base_factor", new String[] {"number", "Exact factor from the unit to its base unit (10000 for 万元 to CNY)"},
            "display_order", new String[] {"integer", "Place of the category in lists, smallest first"},
            "aliases", new String[] {"string", "Other names of the indicator (traditional characters, short forms such as "
                    + "GDP or 社零), separated by |"},
            "additive", new String[] {"boolean", "true when parts of the indicator add up to it; false for per-capita values "
                    + "and rates"});

    private DataPackage() {
    }

    static ObjectNode descriptor(Instant created, List<String> sources) {
        ObjectNode root = NODES.objectNode()
                .put("profile", "tabular-data-package")
                .put("name", "city-economic-indicators")
                .put("title", "City economic indicators")
                .put("description", "Published budget, GDP, industry, investment and consumption figures, each with unit, "
                        + "fiscal scope, measure, qualifier, source and quote.")
                .put("created", created.toString());
        root.putArray("licenses").addObject().put("name", "CC-BY-4.0").put("title", "Creative Commons Attribution 4.0")
                .put("path", "https://creativecommons.org/licenses/by/4.0/");
        ArrayNode sourceList = root.putArray("sources");
        sources.forEach(title -> sourceList.addObject().put("title", title));
        ArrayNode resources = root.putArray("resources");
        ObjectNode figures = resource(resources, "observations", ObservationCsv.HEADER);
        ObjectNode schema = (ObjectNode) figures.get("schema");
        schema.put("primaryKey", "figure_id");
        schema.putArray("foreignKeys")
                .add(foreignKey("indicator", "indicators")).add(foreignKey("area", "areas"))
                .add(foreignKey("project", "projects")).add(foreignKey("source", "sources")).add(foreignKey("unit", "units"));
        constrain(schema, "scope", Scope.values());
        constrain(schema, "measure", Measure.values());
        constrain(schema, "qualifier", Qualifier.values());
        constrain(schema, "frequency", Frequency.values());
        for (Table table : DatasetImporter.CATALOGUE) {
            String name = table.resource();
            ObjectNode catalogue = (ObjectNode) resource(resources, name, table.required()).get("schema");
            catalogue.put("primaryKey", "code");
            ArrayNode keys = catalogue.putArray("foreignKeys");
            switch (name) {
                case "areas" -> {
                    keys.add(foreignKey("parent", ""));
                    constrain(catalogue, "level", AreaLevel.values());
                }
                case "indicators" -> keys.add(foreignKey("unit", "units")).add(foreignKey("category", "categories"))
                        .add(foreignKey("parent", ""));
                case "projects" -> keys.add(foreignKey("area", "areas"));
                case "units" -> constrain(catalogue, "kind", UnitKind.values());
                default -> { }
            }
            if (keys.isEmpty()) {
                catalogue.remove("foreignKeys");
            }
        }
        return root;
    }

    /** An enum constraint on a field: the codes of a vocabulary (an empty cell is a missing value, not checked). */
    private static void constrain(ObjectNode schema, String column, Coded[] vocabulary) {
        for (var field : schema.get("fields")) {
            if (field.get("name").asText().equals(column)) {
                ArrayNode allowed = ((ObjectNode) field).putObject("constraints").putArray("enum");
                Arrays.stream(vocabulary).map(Coded::code).forEach(allowed::add);
            }
        }
    }

    private static ObjectNode resource(ArrayNode resources, String name, List<String> columns) {
        ObjectNode resource = resources.addObject().put("name", name).put("path", name + ".csv")
                .put("profile", "tabular-data-resource").put("format", "csv").put("mediatype", "text/csv")
                .put("encoding", "utf-8");
        // said, not left to a reader's guess: a sniffer took a note's semicolons for the delimiter
        resource.putObject("dialect").put("delimiter", ",").put("quoteChar", "\"").put("doubleQuote", true).put("header", true);
        ArrayNode fields = resource.putObject("schema").putArray("fields");
        for (String column : columns) {
            String[] typeAndMeaning = (name.equals("observations") ? FIGURE_FIELDS : CATALOGUE_FIELDS).get(column);
            ObjectNode field = fields.addObject().put("name", column)
                    .put("type", typeAndMeaning == null ? "string" : typeAndMeaning[0]);
            if (column.equals("recorded_at")) {
                field.put("format", "any");
            }
            if (typeAndMeaning != null) {
                field.put("description", typeAndMeaning[1]);
            }
            if (typeAndMeaning != null && column.equals("period")) {
                field.putObject("constraints").put("required", true).put("pattern", Period.PATTERN);
            }
        }
        return resource;
    }

    private static ObjectNode foreignKey(String field, String resource) {
        ObjectNode key = NODES.objectNode().put("fields", field);
        key.putObject("reference").put("resource", resource).put("fields", "code");
        return key;
    }
}
