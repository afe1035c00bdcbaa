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
import org.cityindicators.api.LangParam;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A dashboard's snapshot: the newest figure of everything reported for an area. */
@Path(ApiDefinition.V1 + "/areas/{code}/latest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "areas")
public class LatestResource {

    @Inject
    ObservationReader reader;

    @Inject
    CatalogueLookup catalogue;

    @GET
    @Operation(operationId = "getLatest", summary = "Latest figures of an area",
            description = "For every indicator, scope, measure and frequency reported for the area, the figure of the "
                    + "newest period. Project figures are not included: they belong to their project. Poll it with "
                    + "If-None-Match: while nothing changed the answer is 304 with no body.")
    @APIResponse(responseCode = "200", description = "The snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LatestDto.class),
                    examples = @ExampleObject(name = "jiangmen", summary = "GET /api/v1/areas/440700/latest (one item shown)",
                            value = ObservationExamples.LATEST)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public LatestDto getLatest(@Parameter(description = "GB/T 2260 area code", example = "440700") @PathParam("code") String code,
                               @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        CatalogueLookup.AreaRef area = catalogue.area(code);
        if (area == null) {
            throw ApiException.notFound("area", code);
        }
        return LatestDto.of(area, reader.latest(area.code()), lang);
    }
}
