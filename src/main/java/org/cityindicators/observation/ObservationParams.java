package org.cityindicators.observation;

import jakarta.ws.rs.QueryParam;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Params;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter parameters of a figure query. */
public class ObservationParams {

    static final int MAX_LAST_N = 1000;

    @QueryParam("indicator")
    @Parameter(description = "Indicator codes, comma-separated", example = "retail.total,retail.goods,retail.catering")
    String indicator;

    @QueryParam("area")
    @Parameter(description = "GB/T 2260 area codes, comma-separated", example = "440700")
    String area;

    @QueryParam("project")
    @Parameter(description = "Project codes, comma-separated", example = "zxcxh-phase1")
    String project;

    @QueryParam("scope")
    @Parameter(description = "Fiscal scopes, comma-separated: consolidated (全市), municipal (市本级), "
            + "district_level (区级)", example = "municipal")
    String scope;

    @QueryParam("measure")
    @Parameter(description = "Measures, comma-separated: actual, planned, adjusted_budget, planned_growth, "
            + "yoy_growth, share, execution_rate", example = "actual")
    String measure;

    @QueryParam("frequency")
    @Parameter(description = "Kind of period: year, half_year (2023-H1), quarter (2023-Q1), month (2023-12) or "
            + "year_to_date (cumulative months, 2024-01/2024-04)", schema = @Schema(enumeration = {"year", "half_year", "quarter", "month", "year_to_date"}))
    String frequency;

    @QueryParam("from")
    @Parameter(description = "Only periods starting on or after the first day of this period: 2023, 2023-H1, 2023-Q1, "
            + "2023-12 or 2024-01/2024-04", example = "2023")
    String from;

    @QueryParam("to")
    @Parameter(description = "Only periods ending by the last day of this period: 2024, 2024-H2, 2024-Q4, 2024-06 or "
            + "2024-01/2024-06", example = "2024")
    String to;

    @QueryParam("lastN")
    @Parameter(description = "Keep only the last N periods of each series (in series order)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_LAST_N))
    String lastN;

    @QueryParam("asOf")
    @Parameter(description = "The figures as they were known at this moment (ISO 8601 timestamp, or a date meaning its "
            + "start in UTC): earlier values of corrected figures, and withdrawn figures that were still published",
            example = "2024-03-01T00:00:00Z")
    String asOf;

    @QueryParam("updatedAfter")
    @Parameter(description = "Only figures inserted, corrected or withdrawn after this moment (ISO 8601); withdrawn "
            + "ones come as tombstones (`withdrawn: true`)", example = "2024-03-01T00:00:00Z")
    String updatedAfter;

    /** A period parameter, null when absent; a 400 naming the parameter when the text is not a period. */
    static Period period(String parameter, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (Period.Malformed e) {
            throw ApiException.badParameter(parameter, e.getMessage());
        }
    }

    ObservationFilter toFilter() {
        return new ObservationFilter(
                Params.codes("indicator", indicator, Params.CODE),
                Params.codes("area", area, Params.AREA_CODE),
                Params.codes("project", project, Params.CODE),
                Params.members("scope", scope, Scope.class),
                Params.members("measure", measure, Measure.class),
                Params.member("frequency", frequency, Frequency.class),
                period("from", from),
                period("to", to),
                lastN == null ? null : Params.integer("lastN", lastN, 1, 1, MAX_LAST_N),
                Params.instant("asOf", asOf), Params.instant("updatedAfter", updatedAfter));
    }
}
