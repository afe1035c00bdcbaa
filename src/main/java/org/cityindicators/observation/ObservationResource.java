package org.cityindicators.observation;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.Lang;
import org.cityindicators.api.LangParam;
import org.cityindicators.api.PageDto;
import org.cityindicators.api.Paging;
import org.cityindicators.api.PagingParams;
import org.cityindicators.api.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Query the published figures. */
@Path("/api/v1/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "observations", description = "Published figures, filtered and paged")
public class ObservationResource {

    @Inject
    ObservationMetrics metrics;

    @GET
    @Operation(operationId = "listObservations", summary = "Query figures",
            description = "Filters combine with AND; comma-separated lists combine with OR. Results are ordered by "
                    + "indicator, area, project, scope, measure and period, so pages are stable.")
    @APIResponse(responseCode = "200", description = "A page of figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "retail",
                    summary = "GET /api/v1/observations?indicator=retail.catering&measure=actual&lang=en",
                    value = ObservationExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
    public PageDto<ObservationDto> listObservations(
            @Parameter(description = "Indicator codes, comma-separated", example = "retail.total,retail.goods,retail.catering")
            @QueryParam("indicator") String indicator,
            @Parameter(description = "GB/T 2260 area codes, comma-separated", example = "440700")
            @QueryParam("area") String area,
            @Parameter(description = "Project codes, comma-separated", example = "zxcxh-phase1")
            @QueryParam("project") String project,
            @Parameter(description = "Fiscal scopes, comma-separated: consolidated (全市), municipal (市本级)", example = "municipal")
            @QueryParam("scope") String scope,
            @Parameter(description = "Measures, comma-separated: actual, planned, adjusted_budget, planned_growth, "
                    + "yoy_growth, share, execution_rate", example = "actual")
            @QueryParam("measure") String measure,
            @Parameter(description = "Period length: year or month", example = "year")
            @QueryParam("frequency") String frequency,
            @Parameter(description = "First period, inclusive: a year (2023) or a month (2023-12)", example = "2023")
            @QueryParam("from") String from,
            @Parameter(description = "Last period, inclusive: a year (2024) or a month (2024-06)", example = "2024")
            @QueryParam("to") String to,
            @BeanParam PagingParams pagingParams,
            @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Paging paging = pagingParams.toPaging();
        ObservationFilter filter = new ObservationFilter(
                Params.codes("indicator", indicator, Params.CODE),
                Params.codes("area", area, Params.AREA_CODE),
                Params.codes("project", project, Params.CODE),
                Params.members("scope", scope, Scope.class),
                Params.members("measure", measure, Measure.class),
                Params.member("frequency", frequency, Frequency.class),
                from == null ? null : Period.parse(from, "from"),
                to == null ? null : Period.parse(to, "to"));
        var where = filter.where();
        List<Observation> rows = Observation.list(where, Observation.CATALOGUE_ORDER, paging);
        metrics.served(rows.size());
        return PageDto.of(rows, o -> ObservationDto.from(o, lang), paging, Observation.count(where));
    }
}
