package org.cityindicators.observation;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.config.IndicatorsConfig;
import org.cityindicators.indicator.Indicator;
import org.cityindicators.unit.Unit;
import org.cityindicators.unit.UnitKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Values the service computes from an indicator's published figures, each marked derived. */
@Path(ApiDefinition.V1 + "/indicators/{code}/derived")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
public class DerivedResource {

    @Inject
    ObservationReader reader;

    @Inject
    IndicatorsConfig config;

    /** The derived values of one indicator, for the OpenAPI document. */
    @Schema(name = "DerivedValues")
    public record DerivedList(String indicator, List<DerivedDto> items) {
    }

    @GET
    @Operation(operationId = "listDerivedValues", summary = "Values derived from an indicator's figures",
            description = "Change and percent change from the period before (not for cumulative periods), year-on-year "
                    + "growth computed from levels where the same period a year before exists (for 2024-01/2024-04, "
                    + "2023-01/2023-04), share of the parent indicator, budget execution rate (actual ÷ adjusted budget) and "
                    + "per-capita values where the area's population is published. Every value says `derived: true` "
                    + "and lists the published figures it was computed from. `measure` is ignored.")
    @APIResponse(responseCode = "200", description = "The derived values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DerivedList.class),
                    examples = @ExampleObject(name = "execution",
                    summary = "GET /api/v1/indicators/budget.general.expenditure/derived?area=440700&scope=consolidated",
                    value = ObservationExamples.DERIVED)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public DerivedList listDerivedValues(@Parameter(description = "Indicator code", example = "budget.general.expenditure")
                                         @PathParam("code") String code, @BeanParam SeriesParams params) {
        Indicator indicator = Indicator.byCode(code);
        if (indicator == null) {
            throw ApiException.notFound("indicator", code);
        }
        ObservationFilter series = params.toFilter(indicator.code, indicator.scoped);
        List<StoredObservation> own = reader.all(series.of(indicator.code, series.scopes(), List.of()));
        List<StoredObservation> parent = indicator.parentCode == null ? List.of()
                : reader.all(series.of(indicator.parentCode, series.scopes(), Derivation.LEVELS));
        List<StoredObservation> population = series.areas().isEmpty() ? List.of()
                : reader.all(series.of(config.derived().populationIndicator(), List.of(), List.of(Measure.ACTUAL)));
        Unit percent = Unit.find("kind = ?1 order by code", UnitKind.PERCENT).firstResult();
        return new DerivedList(indicator.code, Derivation.derive(own, parent, population, percent == null ? null : percent.code));
    }
}
