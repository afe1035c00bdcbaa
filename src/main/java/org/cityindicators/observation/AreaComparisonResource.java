package org.cityindicators.observation;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.LangParam;
import org.cityindicators.api.Params;
import org.cityindicators.area.Area;
import org.cityindicators.domain.Lang;
import org.cityindicators.indicator.Indicator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One indicator across areas for one period: the figures side by side, ranked. */
@Path(ApiDefinition.V1 + "/indicators/{code}/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
public class AreaComparisonResource {

    @Inject
    ObservationReader reader;

    @GET
    @Operation(operationId = "compareAreas", summary = "Compare areas for one indicator and period",
            description = "The figures of every area (province, prefecture, district...) that has one for the period, "
                    + "scope and measure, ranked by value, largest first, equal values by area code; qualifiers and units "
                    + "as published. `parent` keeps the areas below a division (at any depth), `areas` a list of areas.")
    @APIResponse(responseCode = "200", description = "The ranking; empty when no area has the figure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaComparisonDto.class),
                    examples = @ExampleObject(name = "gdp", summary = "GET /api/v1/indicators/gdp/areas?period=2023",
                            value = ObservationExamples.COMPARISON)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AreaComparisonDto compareAreas(
            @Parameter(description = "Indicator code", example = "gdp") @PathParam("code") String code,
            @Parameter(description = "The period, required: 2023, 2023-H1, 2023-Q1, 2023-12 or 2024-01/2024-04",
                    required = true, example = "2023") @QueryParam("period") String period,
            @Parameter(description = "Measure; default actual", schema = @Schema(enumeration = {"actual", "planned",
                    "adjusted_budget", "planned_growth", "yoy_growth", "share", "execution_rate"}, defaultValue = "actual"))
            @QueryParam("measure") String measure,
            @Parameter(description = "Fiscal scope, required for budget indicators and refused for the others",
                    schema = @Schema(enumeration = {"consolidated", "municipal"})) @QueryParam("scope") String scope,
            @Parameter(description = "Only areas below this division, at any depth", example = "440000")
            @QueryParam("parent") String parent,
            @Parameter(description = "Only these areas: GB/T 2260 codes, comma-separated", example = "440700,440703")
            @QueryParam("areas") String areas,
            @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Indicator indicator = Indicator.byCode(code);
        if (indicator == null) {
            throw ApiException.notFound("indicator", code);
        }
        if (period == null || period.isBlank()) {
            throw ApiException.badParameter("period", "required: the period to compare, such as 2023");
        }
        Period when = ObservationParams.period("period", period);
        Measure measureValue = Params.member("measure", measure, Measure.class);
        Measure which = measureValue == null ? Measure.ACTUAL : measureValue;
        Scope scopeValue = SeriesParams.scopeFor(indicator.code, indicator.scoped, scope);
        List<String> listed = Params.codes("areas", areas, Params.AREA_CODE);
        String parentCode = Params.code("parent", parent, Params.AREA_CODE);
        if (parentCode != null && Area.findById(parentCode) == null) {
            throw ApiException.badParameter("parent", "unknown area '" + parentCode + "'");
        }
        List<String> chosen = parentCode == null ? listed : within(Area.below(parentCode), listed);
        if (parentCode != null && chosen.isEmpty()) {
            return AreaComparisonDto.of(indicator, when, scopeValue, which, List.of(), lang);
        }
        ObservationFilter filter = new ObservationFilter(List.of(indicator.code), chosen, List.of(),
                scopeValue == null ? List.of() : List.of(scopeValue), List.of(which), when.frequency(), when, when, null);
        List<StoredObservation> rows = reader.all(filter).stream()
                .filter(r -> r.area() != null && r.period().equals(when.text()))
                .sorted(Comparator.comparing(StoredObservation::value).reversed().thenComparing(StoredObservation::area)).toList();
        Map<String, Area> byCode = rows.isEmpty() ? Map.of() : Area.<Area>list("code in ?1",
                rows.stream().map(StoredObservation::area).toList()).stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
        List<AreaComparisonDto.Row> ranked = new ArrayList<>();
        for (StoredObservation r : rows) {
            ranked.add(AreaComparisonDto.Row.of(ranked.size() + 1, r, byCode.get(r.area()), lang));
        }
        return AreaComparisonDto.of(indicator, when, scopeValue, which, ranked, lang);
    }

    private static List<String> within(List<String> below, List<String> listed) {
        return listed.isEmpty() ? below : listed.stream().filter(below::contains).toList();
    }
}
