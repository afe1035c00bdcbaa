package org.cityindicators.stewardship;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Decimals;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A figure as a data steward writes it: the columns of the data files, plus why it is written. */
@Schema(name = "FigureInput")
record ObservationInput(
        @Schema(required = true, example = "retail.total") String indicator,
        @Schema(description = "GB/T 2260 area code; give area or project", example = "440700") String area,
        @Schema(description = "Project code; give area or project") String project,
        @Schema(description = "consolidated, municipal or district_level for budget indicators, absent otherwise") String scope,
        @Schema(required = true, description = "2023, 2023-H1, 2023-Q1, 2023-12 or 2024-01/2024-04 (months of one year to "
                + "date)", example = "2023") String period,
        @Schema(required = true, example = "actual") String measure,
        @Schema(required = true, description = "As published, in `unit`; a JSON number or a decimal string, with at most "
                + "15 digits before the point and 10 after", example = "1347.90")
        @JsonDeserialize(using = Decimals.Json.class) BigDecimal value,
        @Schema(required = true, example = "CNY_100M") String unit,
        @Schema(required = true, example = "exact") String qualifier,
        @Schema(required = true, example = "jmdaily-2024-02-gdp") String source,
        @Schema(required = true, example = "全市实现社会消费品零售总额1347.90亿元") String quote,
        @Schema(description = "Why: required for a correction", example = "Corrected after the statistics bureau's revision")
        String reason) {

    /** The figure as a row of a data file, for the one validation every write goes through. */
    public CsvTable.Row toRow(long line) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("indicator", indicator);
        values.put("area", area);
        values.put("project", project);
        values.put("scope", scope);
        values.put("period", period);
        values.put("measure", measure);
        values.put("value", value == null ? null : value.toPlainString());
        values.put("unit", unit);
        values.put("qualifier", qualifier);
        values.put("source", source);
        values.put("quote", quote);
        values.replaceAll((column, text) -> text == null || text.isBlank() ? null : text.trim());
        return new CsvTable.Row(line, values);
    }

    /** The body of a figure write, or a 400 problem naming the missing body. */
    public static ObservationInput required(ObservationInput input) {
        if (input == null) {
            throw ApiException.badParameter("body", "a figure is required");
        }
        return input;
    }
}
