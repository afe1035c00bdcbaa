package org.cityindicators.unit;

import io.quarkus.panache.common.Sort;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.regex.Pattern;

/** Units of measure as data: symbols, kind, base unit and exact factor (万元 = 10^4 元, 万人 = 10^4 persons). */
@Path(ApiDefinition.V1 + "/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units", description = "Units of measure: symbols, kind, currency, base unit and exact factor")
public class UnitResource {

    static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    static final CatalogueWrites.Kind<Unit> KIND = new CatalogueWrites.Kind<>("unit", code -> Unit.findById(code), Unit::new,
            u -> u.version);

    @Inject
    CatalogueWrites writes;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(operationId = "listUnits", summary = "List units", description = "Ordered by code.")
    @APIResponse(responseCode = "200", description = "A page of units")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<UnitDto> listUnits(@BeanParam PagingParams pagingParams, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Paging paging = pagingParams.toPaging(1);
        Where where = new Where().after("code", paging.afterKey());
        List<Unit> rows = Unit.find(where.clause(), Sort.by("code"), where.parameters()).range(0, paging.size()).list();
        return paging.page(rows, u -> UnitDto.from(u, lang), u -> new Object[] {u.code}, Unit.count());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getUnit", summary = "Get one unit",
            description = "Its symbols, kind, currency, base unit and exact factor; the ETag carries its version, for If-Match on a PUT.")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response getUnit(@Parameter(description = "Unit code", example = "CNY_100M") @PathParam("code") String code,
                            @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Unit unit = Unit.findById(code);
        if (unit == null) {
            throw ApiException.notFound("unit", code);
        }
        return Preconditions.read(unit.version, UnitDto.from(unit, lang));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Stewards.ADMIN)
    @SecurityRequirement(name = Stewards.BEARER)
    @Operation(operationId = "putUnit", summary = "Create or replace a unit",
            description = "Creates a unit when none has this code (201), or replaces it when If-Match names its current "
                    + "version (200); sending the current content again changes nothing. A unit that indicators or "
                    + "figures use may change its symbols, not its kind, base unit or factor (409).")
    @APIResponse(responseCode = "200", description = "Replaced, or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDto.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    public Response putUnit(@Parameter(description = "Unit code", example = "PERSON_10K") @PathParam("code") String code,
                            @Parameter(description = "ETag of the version being replaced") @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull UnitInput input, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve(); // every parameter is checked before anything is written
        Params.code("code", code, CODE);
        input.check();
        return writes.putAndAnswer(KIND, code, input::sameAs, e -> input.applyTo(e, code), ifMatch, token.getName(),
                ApiDefinition.V1 + "/units/" + code, saved -> UnitDto.from(saved, lang));
    }
}
