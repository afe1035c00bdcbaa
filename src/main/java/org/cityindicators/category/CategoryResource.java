package org.cityindicators.category;

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
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.regex.Pattern;

/** Categories of the catalogue as data: their names and order, the sections of the explorer page. */
@Path(ApiDefinition.V1 + "/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "categories", description = "Subject groups of the catalogue, in display order")
public class CategoryResource {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    static final CatalogueWrites.Kind<Category> KIND = new CatalogueWrites.Kind<>("category", code -> Category.findById(code),
            Category::new, c -> c.version);

    @Inject
    CatalogueWrites writes;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(operationId = "listCategories", summary = "List categories", description = "Ordered by displayOrder, then code.")
    @APIResponse(responseCode = "200", description = "A page of categories")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<CategoryDto> listCategories(@BeanParam PagingParams pagingParams, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Paging paging = pagingParams.toPaging(2);
        if (!paging.first() && !paging.after().get(0).matches("[0-9]{1,7}")) {
            throw ApiException.badParameter("cursor", "not a cursor of this list");
        }
        return paging.page(Category.page(paging), c -> CategoryDto.from(c, lang),
                c -> new Object[] {Integer.toString(c.displayOrder), c.code}, Category.count());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCategory", summary = "Get one category",
            description = "Its names and display order; the ETag carries its version, for If-Match on a PUT.")
    @APIResponse(responseCode = "200", description = "The category",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response getCategory(@Parameter(description = "Category code", example = "consumption") @PathParam("code") String code,
                                @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Category category = Category.findById(code);
        if (category == null) {
            throw ApiException.notFound("category", code);
        }
        return Preconditions.read(category.version, CategoryDto.from(category, lang));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Stewards.ADMIN)
    @SecurityRequirement(name = Stewards.BEARER)
    @Operation(operationId = "putCategory", summary = "Create or replace a category",
            description = "Creates a category when none has this code (201), or replaces it when If-Match names its "
                    + "current version (200); sending the current content again changes nothing.")
    @APIResponse(responseCode = "200", description = "Replaced, or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryDto.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    public Response putCategory(@Parameter(description = "Category code", example = "prices") @PathParam("code") String code,
                                @Parameter(description = "ETag of the version being replaced") @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull CategoryInput input, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve(); // every parameter is checked before anything is written
        Params.code("code", code, CODE);
        return writes.putAndAnswer(KIND, code, input::sameAs, e -> input.applyTo(e, code), ifMatch, token.getName(),
                ApiDefinition.V1 + "/categories/" + code, saved -> CategoryDto.from(saved, lang));
    }
}
