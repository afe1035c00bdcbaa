package org.cityindicators.area;

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
import org.cityindicators.observation.LatestDto;
import org.cityindicators.observation.ObservationExamples;
import org.cityindicators.observation.ObservationMetrics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrative divisions and each one's latest figures. */
@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "areas", description = "Administrative divisions (GB/T 2260) and their latest figures")
public class AreaResource {

    @Inject
    ObservationMetrics metrics;

    @GET
    @Operation(operationId = "listAreas", summary = "List areas", description = "Ordered by code.")
    @APIResponse(responseCode = "200", description = "A page of areas")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<AreaDto> listAreas(
            @Parameter(description = "Level", schema = @Schema(enumeration = {"province", "prefecture", "district",
                    "county_city", "county"}), example = "district") @QueryParam("level") String level,
            @Parameter(description = "Code of the enclosing area", example = "440700") @QueryParam("parent") String parent,
            @BeanParam PagingParams pagingParams, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Paging paging = pagingParams.toPaging();
        Where where = Area.filter(Params.member("level", level, AreaLevel.class),
                Params.code("parent", parent, Params.AREA_CODE));
        return PageDto.of(Area.page(where, paging), a -> AreaDto.from(a, lang), paging,
                Area.count(where.clause(), where.parameters()));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getArea", summary = "Get one area")
    @APIResponse(responseCode = "200", description = "The area")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AreaDto getArea(@Parameter(description = "GB/T 2260 area code", example = "440700") @PathParam("code") String code, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        return AreaDto.from(existing(code), lang);
    }

    @GET
    @Path("/{code}/latest")
    @Operation(operationId = "getLatest", summary = "Latest figures of an area",
            description = "For every indicator, scope, measure and frequency reported for the area, the figure of the "
                    + "newest period. Project figures are not included: they belong to their project.")
    @APIResponse(responseCode = "200", description = "The snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LatestDto.class),
                    examples = @ExampleObject(name = "jiangmen", summary = "GET /api/v1/areas/440700/latest (one item shown)",
                            value = ObservationExamples.LATEST)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public LatestDto getLatest(@Parameter(description = "GB/T 2260 area code", example = "440700") @PathParam("code") String code, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        LatestDto latest = LatestDto.of(existing(code), lang);
        metrics.served(latest.items().size());
        return latest;
    }

    private static Area existing(String code) {
        Area area = Area.findById(code);
        if (area == null) {
            throw ApiException.notFound("area", code);
        }
        return area;
    }
}
