package org.cityindicators.observation;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Format;
import org.cityindicators.api.LangParam;
import org.cityindicators.api.PageDto;
import org.cityindicators.api.Paging;
import org.cityindicators.api.PagingParams;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Query the published figures, as JSON pages, a CSV download or a JSON-stat dataset. */
@Path(ApiDefinition.V1 + "/observations")
@Tag(name = "observations", description = "Published figures, filtered and paged")
public class ObservationResource {

    static final int MAX_JSONSTAT = 100_000;

    @Inject
    ObservationReader reader;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, Format.JSONSTAT_TYPE})
    @Operation(operationId = "listObservations", summary = "Query figures",
            description = "Filters combine with AND; comma-separated lists combine with OR. JSON answers pages in a stable "
                    + "order (series by series, each in time order) with a `next` link; CSV streams every matching "
                    + "figure in the same order; JSON-stat answers one dataset of up to " + MAX_JSONSTAT + " figures.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationPage.class),
                            examples = @ExampleObject(name = "retail",
                                    summary = "GET /api/v1/observations?indicator=retail.catering&measure=actual&lang=en",
                                    value = ObservationExamples.PAGE)),
                    @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "retail", value = ObservationExamples.CSV)),
                    @Content(mediaType = Format.JSONSTAT_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                            description = "A JSON-stat 2.0 dataset"),
                            examples = @ExampleObject(name = "gdp", value = ObservationExamples.JSONSTAT))})
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
    public Response listObservations(@BeanParam ObservationParams params, @BeanParam PagingParams pagingParams,
                                     @BeanParam LangParam langParam,
                                     @Parameter(description = "Representation, overriding Accept: json, csv or jsonstat",
                                             schema = @Schema(enumeration = {"json", "csv", "jsonstat"}))
                                     @QueryParam("format") String format,
                                     @Parameter(description = "CSV only: start with a UTF-8 byte order mark so that "
                                             + "spreadsheets detect the encoding (default true)",
                                             schema = @Schema(type = SchemaType.BOOLEAN,
                                                     defaultValue = "true"))
                                     @QueryParam("bom") String bom,
                                     @Context HttpServerRequest request) {
        Lang lang = langParam.resolve();
        ObservationFilter filter = params.toFilter();
        return switch (Format.negotiate(format, request, Format.JSON, Format.CSV, Format.JSONSTAT)) {
            case CSV -> ObservationCsv.download(reader, filter, !"false".equalsIgnoreCase(bom), "observations.csv");
            case JSONSTAT -> {
                if (reader.count(filter) > MAX_JSONSTAT) {
                    throw ApiException.badParameter("format", "a JSON-stat dataset holds at most " + MAX_JSONSTAT
                            + " figures; narrow the filters or download CSV");
                }
                yield Response.ok(JsonStat.dataset("Observations", reader.all(filter), lang), Format.JSONSTAT_TYPE).build();
            }
            case JSON -> {
                Paging paging = pagingParams.toPaging(StoredObservation.KEY_LENGTH);
                PageDto<ObservationDto> page = paging.page(reader.page(filter, paging), r -> ObservationDto.from(r, lang),
                        StoredObservation::key, reader.count(filter));
                yield Response.ok(page, MediaType.APPLICATION_JSON).build();
            }
        };
    }

    /** The JSON page of figures, for the OpenAPI document. */
    @Schema(name = "ObservationPage")
    static final class ObservationPage {
        public List<ObservationDto> items;
        public PageDto.PageInfo page;
        public long total;
    }
}
