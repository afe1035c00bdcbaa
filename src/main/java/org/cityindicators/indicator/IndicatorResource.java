package org.cityindicators.indicator;

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
import org.cityindicators.api.Lang;
import org.cityindicators.api.LangParam;
import org.cityindicators.api.PageDto;
import org.cityindicators.api.Paging;
import org.cityindicators.api.PagingParams;
import org.cityindicators.api.Params;
import org.cityindicators.db.Where;
import org.cityindicators.observation.ObservationExamples;
import org.cityindicators.observation.ObservationMetrics;
import org.cityindicators.observation.SeriesDto;
import org.cityindicators.observation.SeriesParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The indicator catalogue, its compositions, and each indicator's series. */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators", description = "Catalogue of indicators: names, categories, units, compositions")
public class IndicatorResource {

    @Inject
    ObservationMetrics metrics;

    @GET
    @Operation(operationId = "listIndicators", summary = "List indicators",
            description = "Filter by category and search names (zh and en) and codes; ordered by code.")
    @APIResponse(responseCode = "200", description = "A page of indicators")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<IndicatorDto> listIndicators(
            @Parameter(description = "Category", schema = @Schema(enumeration = {"budget", "gdp", "industry",
                    "investment", "consumption", "debt", "project"}), example = "consumption")
            @QueryParam("category") String category,
            @Parameter(description = "Case-insensitive text searched in Chinese and English names and in codes",
                    example = "零售") @QueryParam("q") String q,
            @BeanParam PagingParams pagingParams, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Paging paging = pagingParams.toPaging();
        if (q != null && q.length() > 100) {
            throw ApiException.badParameter("q", "at most 100 characters");
        }
        Where where = Indicator.filter(Params.member("category", category, Category.class),
                q == null || q.isBlank() ? null : q.trim(), null);
        return PageDto.of(Indicator.page(where, paging), i -> IndicatorDto.from(i, lang), paging,
                Indicator.count(where));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIndicator", summary = "Get one indicator")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public IndicatorDto getIndicator(@Parameter(description = "Indicator code", example = "retail.total") @PathParam("code") String code, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        return IndicatorDto.from(existing(code), lang);
    }

    @GET
    @Path("/{code}/children")
    @Operation(operationId = "listIndicatorChildren", summary = "List the parts of an indicator",
            description = "Indicators whose parent is this one, e.g. retail.goods and retail.catering for retail.total.")
    @APIResponse(responseCode = "200", description = "A page of child indicators")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public PageDto<IndicatorDto> listIndicatorChildren(@Parameter(description = "Indicator code", example = "retail.total") @PathParam("code") String code,
                                                       @BeanParam PagingParams pagingParams, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Paging paging = pagingParams.toPaging();
        Where where = Indicator.filter(null, null, existing(code).code);
        return PageDto.of(Indicator.page(where, paging), i -> IndicatorDto.from(i, lang), paging,
                Indicator.count(where));
    }

    @GET
    @Path("/{code}/series")
    @Operation(operationId = "getSeries", summary = "Get the time series of an indicator",
            description = "One area or project, one scope (budget indicators only), one measure, one frequency.")
    @APIResponse(responseCode = "200", description = "The series, points in time order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesDto.class),
                    examples = @ExampleObject(name = "gdp", summary = "GET /api/v1/indicators/gdp/series?area=440700",
                            value = ObservationExamples.SERIES)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public SeriesDto getSeries(@Parameter(description = "Indicator code", example = "retail.total") @PathParam("code") String code, @BeanParam SeriesParams seriesParams,
                               @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        SeriesDto series = SeriesDto.load(existing(code), seriesParams, lang);
        metrics.served(series.points().size());
        return series;
    }

    private static Indicator existing(String code) {
        Indicator indicator = Indicator.byCode(code);
        if (indicator == null) {
            throw ApiException.notFound("indicator", code);
        }
        return indicator;
    }
}
