package org.cityindicators.area;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.LangParam;
import org.cityindicators.api.PageDto;
import org.cityindicators.api.Paging;
import org.cityindicators.api.PagingParams;
import org.cityindicators.api.Params;
import org.cityindicators.api.Preconditions;
import org.cityindicators.api.Stewards;
import org.cityindicators.catalogue.CatalogueWrites;
import org.cityindicators.db.Where;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Administrative divisions and each one's latest figures. */
@Path(ApiDefinition.V1 + "/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "areas", description = "Administrative divisions (GB/T 2260) and their latest figures")
public class AreaResource {

    static final CatalogueWrites.Kind<Area> KIND = new CatalogueWrites.Kind<>("area", code -> Area.findById(code), Area::new, a -> a.version);

    @Inject
    CatalogueWrites writes;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(operationId = "listAreas", summary = "List areas", description = "Ordered by code; `hasObservations=true` "
            + "keeps the areas that have current figures.")
    @APIResponse(responseCode = "200", description = "A page of areas")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<AreaDto> listAreas(
            @Parameter(description = "Level", schema = @Schema(enumeration = {"province", "prefecture", "district",
                    "county_city", "county"}), example = "district") @QueryParam("level") String level,
            @Parameter(description = "Code of the enclosing area", example = "440700") @QueryParam("parent") String parent,
            @Parameter(description = "true: only areas that have published figures (an explorer's area picker)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("hasObservations") String hasObservations,
            @BeanParam PagingParams pagingParams, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Paging paging = pagingParams.toPaging(1);
        AreaLevel levelValue = Params.member("level", level, AreaLevel.class);
        String parentCode = Params.code("parent", parent, Params.AREA_CODE);
        Where where = Area.filter(levelValue, parentCode, withFigures(hasObservations));
        return paging.page(Area.page(where, paging), a -> AreaDto.from(a, lang), a -> new Object[] {a.code},
                Area.count(where.clause(), where.parameters()));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getArea", summary = "Get one area",
            description = "Its names, level and enclosing area; the ETag carries its version for a later If-Match.")
    @APIResponse(responseCode = "200", description = "The area",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response getArea(@Parameter(description = "GB/T 2260 area code", example = "440700") @PathParam("code") String code, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Area area = existing(code);
        return Preconditions.read(area.version, AreaDto.from(area, lang));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Stewards.ADMIN)
    @SecurityRequirement(name = Stewards.BEARER)
    @Operation(operationId = "putArea", summary = "Create or replace an area",
            description = "Creates an area when none has this code (201), or replaces it when If-Match names its current "
                    + "version (200); sending the current content again changes nothing.")
    @APIResponse(responseCode = "200", description = "Replaced, or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaDto.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    public Response putArea(@Parameter(description = "GB/T 2260 area code", example = "440700") @PathParam("code") String code,
                         @Parameter(description = "ETag of the version being replaced") @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull AreaInput input, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve(); // every parameter is checked before anything is written
        Params.code("code", code, Params.AREA_CODE);
        input.check(code);
        return writes.putAndAnswer(KIND, code, input::sameAs, e -> input.applyTo(e, code), ifMatch, token.getName(),
                ApiDefinition.V1 + "/areas/" + code, saved -> AreaDto.from(saved, lang));
    }

    /** The codes of areas with figures when asked for; "" (no area has it) stands for none, so that the filter stays. */
    private static List<String> withFigures(String hasObservations) {
        if (hasObservations == null || hasObservations.equals("false")) {
            return null;
        }
        if (!hasObservations.equals("true")) {
            throw ApiException.badParameter("hasObservations", "write true or false");
        }
        List<String> codes = Area.withFigures();
        return codes.isEmpty() ? List.of("") : codes;
    }

    private static Area existing(String code) {
        Area area = Area.findById(code);
        if (area == null) {
            throw ApiException.notFound("area", code);
        }
        return area;
    }
}
