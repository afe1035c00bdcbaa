package org.cityindicators.observation;

import jakarta.ws.rs.QueryParam;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Params;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** What picks one series of an indicator: where (area or project), scope, measure and frequency. */
public class SeriesParams {

    @QueryParam("area")
    @Parameter(description = "GB/T 2260 area code; give either area or project", example = "440700")
    String area;

    @QueryParam("project")
    @Parameter(description = "Project code; give either area or project")
    String project;

    @QueryParam("scope")
    @Parameter(description = "Fiscal scope, required for budget indicators and refused for the others: "
            + "consolidated (全市), municipal (市本级) or district_level (区级)",
            schema = @Schema(enumeration = {"consolidated", "municipal", "district_level"}))
    String scope;

    @QueryParam("measure")
    @Parameter(description = "Measure; default actual", schema = @Schema(enumeration = {"actual", "planned",
            "adjusted_budget", "planned_growth", "yoy_growth", "share", "execution_rate", "pp_change", "budget_progress",
            "schedule_gap"}, defaultValue = "actual"))
    String measure;

    @QueryParam("frequency")
    @Parameter(description = "Kind of period; default year", schema = @Schema(enumeration = {"year", "half_year", "quarter", "month", "year_to_date"},
            defaultValue = "year"))
    String frequency;

    @QueryParam("from")
    @Parameter(description = "Only periods starting on or after the first day of this period (2015, 2015-H1, 2015-Q1, "
            + "2015-01 or 2015-01/2015-04)", example = "2020")
    String from;

    @QueryParam("to")
    @Parameter(description = "Only periods ending by the last day of this period (2024, 2024-H2, 2024-Q4, 2024-12 or "
            + "2024-01/2024-12)", example = "2024")
    String to;

    @QueryParam("lastN")
    @Parameter(description = "Keep only the last N periods", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "" + ObservationParams.MAX_LAST_N))
    String lastN;

    /** The series of indicator {@code code} (a budget indicator, {@code scoped}, needs its scope). */
    ObservationFilter toFilter(String code, boolean scoped) {
        String areaCode = Params.code("area", area, Params.AREA_CODE);
        String projectCode = Params.code("project", project, Params.CODE);
        if ((areaCode == null) == (projectCode == null)) {
            throw ApiException.badParameter(areaCode == null ? "area" : "project",
                    "give exactly one of 'area' and 'project'");
        }
        Scope scopeValue = scopeFor(code, scoped, scope);
        Measure measureValue = Params.member("measure", measure, Measure.class);
        Frequency frequencyValue = Params.member("frequency", frequency, Frequency.class);
        return new ObservationFilter(List.of(code), listOf(areaCode), listOf(projectCode), listOf(scopeValue),
                List.of(measureValue == null ? Measure.ACTUAL : measureValue),
                frequencyValue == null ? Frequency.YEAR : frequencyValue,
                ObservationParams.period("from", from), ObservationParams.period("to", to),
                lastN == null ? null : Params.integer("lastN", lastN, 1, 1, ObservationParams.MAX_LAST_N));
    }

    /** The scope parameter: required for a budget indicator (scopes are never mixed), refused for the others. */
    static Scope scopeFor(String code, boolean scoped, String scope) {
        Scope scopeValue = Params.member("scope", scope, Scope.class);
        if (scoped && scopeValue == null) {
            throw ApiException.badParameter("scope", "indicator " + code
                    + " is a fiscal figure: say consolidated (全市), municipal (市本级) or district_level (区级)");
        }
        if (!scoped && scopeValue != null) {
            throw ApiException.badParameter("scope", "indicator " + code + " has no fiscal scope");
        }
        return scopeValue;
    }

    private static <T> List<T> listOf(T value) {
        return value == null ? List.of() : List.of(value);
    }
}
