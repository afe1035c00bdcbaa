package org.cityindicators.observation;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Format;
import org.cityindicators.api.LangParam;
import org.cityindicators.domain.Lang;
import org.cityindicators.indicator.Indicator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** One indicator's values over time for one area or project, scope, measure and frequency. */
@Path(ApiDefinition.V1 + "/indicators/{code}/series")
@Tag(name = "indicators")
public class SeriesResource {

    @Inject
    ObservationReader reader;

    @Inject
    CatalogueLookup catalogue;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, Format.JSONSTAT_TYPE})
    @Operation(operationId = "getSeries", summary = "Get the time series of an indicator",
            description = "One area or project, one scope (budget indicators only), one measure, one frequency; "
                    + "JSON, CSV or a JSON-stat dataset.")
    @APIResponse(responseCode = "200", description = "The series, points in time order",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesDto.class),
                            examples = @ExampleObject(name = "gdp", summary = "GET /api/v1/indicators/gdp/series?area=440700",
                                    value = ObservationExamples.SERIES)),
                    @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = Format.JSONSTAT_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                            description = "A JSON-stat 2.0 dataset"))})
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
    public Response getSeries(@Parameter(description = "Indicator code", example = "gdp") @PathParam("code") String code,
                              @BeanParam SeriesParams seriesParams, @BeanParam LangParam langParam,
                              @Parameter(description = "Representation, overriding Accept: json, csv or jsonstat",
                                      schema = @Schema(enumeration = {"json", "csv", "jsonstat"}))
                              @QueryParam("format") String format,
                              @Context HttpServerRequest request) {
        Lang lang = langParam.resolve();
        CatalogueLookup.IndicatorRef indicator = catalogue.indicator(code);
        if (indicator == null) {
            throw ApiException.notFound("indicator", code);
        }
        ObservationFilter filter = seriesParams.toFilter(indicator.code(), indicator.scoped());
        return switch (Format.negotiate(format, request, Format.JSON, Format.CSV, Format.JSONSTAT)) {
            case CSV -> ObservationCsv.download(reader, filter, true, indicator.code() + ".csv");
            case JSONSTAT -> Response.ok(JsonStat.dataset(indicator.name(lang), reader.all(filter), lang),
                    Format.JSONSTAT_TYPE).build();
            case JSON -> {
                List<StoredObservation> rows = reader.all(filter);
                yield Response.ok(SeriesDto.of(indicator, filter, rows, lang), MediaType.APPLICATION_JSON).build();
            }
        };
    }
}
