package org.cityindicators.indicator;

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
import org.cityindicators.category.Category;
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

/** The indicator catalogue, its compositions, and each indicator's series. */
@Path(ApiDefinition.V1 + "/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators", description = "Catalogue of indicators: names, categories, units, compositions")
public class IndicatorResource {

    static final CatalogueWrites.Kind<Indicator> KIND = new CatalogueWrites.Kind<>("indicator", Indicator::byCode,
            Indicator::new, i -> i.version);

    @Inject
    CatalogueWrites writes;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(operationId = "listIndicators", summary = "List indicators",
            description = "Filter by category and search names (zh and en), aliases and codes; ordered by code.")
    @APIResponse(responseCode = "200", description = "A page of indicators")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<IndicatorDto> listIndicators(
            @Parameter(description = "Category code, see /api/v1/categories", example = "consumption")
            @QueryParam("category") String category,
            @Parameter(description = "Case-insensitive text searched in Chinese and English names, aliases and codes",
                    example = "零售") @QueryParam("q") String q,
            @BeanParam PagingParams pagingParams, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Paging paging = pagingParams.toPaging(1);
        if (q != null && q.length() > 100) {
            throw ApiException.badParameter("q", "at most 100 characters");
        }
        String categoryCode = Params.code("category", category, Params.CODE);
        if (categoryCode != null && Category.findById(categoryCode) == null) {
            throw ApiException.badParameter("category", "unknown category '" + categoryCode + "'");
        }
        Where where = Indicator.filter(categoryCode,
                q == null || q.isBlank() ? null : q.trim(), null);
        return paging.page(Indicator.page(where, paging), i -> IndicatorDto.from(i, lang), i -> new Object[] {i.code},
                Indicator.count(where));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIndicator", summary = "Get one indicator",
            description = "Names, description, category, unit, whether it has a fiscal scope, and its parent; the ETag "
                    + "carries its version for a later If-Match.")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response getIndicator(@Parameter(description = "Indicator code", example = "retail.total") @PathParam("code") String code,
                                 @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Indicator indicator = existing(code);
        return Preconditions.read(indicator.version, IndicatorDto.from(indicator, lang));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Stewards.ADMIN)
    @SecurityRequirement(name = Stewards.BEARER)
    @Operation(operationId = "putIndicator", summary = "Create or replace an indicator",
            description = "Creates an indicator when none has this code (201), or replaces it when If-Match names its current "
                    + "version (200); sending the current content again changes nothing. A part (parent set) and its "
                    + "whole must both be additive and in units that add up (money of one currency, counts of one base).")
    @APIResponse(responseCode = "200", description = "Replaced, or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDto.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    public Response putIndicator(@Parameter(description = "Indicator code", example = "retail.total") @PathParam("code") String code,
                         @Parameter(description = "ETag of the version being replaced") @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull IndicatorInput input, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve(); // every parameter is checked before anything is written
        Params.code("code", code, Params.CODE);
        input.check(code);
        return writes.putAndAnswer(KIND, code, input::sameAs, e -> input.applyTo(e, code), ifMatch, token.getName(),
                ApiDefinition.V1 + "/indicators/" + code, saved -> IndicatorDto.from(saved, lang));
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
        Paging paging = pagingParams.toPaging(1);
        Where where = Indicator.filter(null, null, existing(code).code);
        return paging.page(Indicator.page(where, paging), i -> IndicatorDto.from(i, lang), i -> new Object[] {i.code},
                Indicator.count(where));
    }

    private static Indicator existing(String code) {
        Indicator indicator = Indicator.byCode(code);
        if (indicator == null) {
            throw ApiException.notFound("indicator", code);
        }
        return indicator;
    }
}
