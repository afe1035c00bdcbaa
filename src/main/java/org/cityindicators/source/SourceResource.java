package org.cityindicators.source;

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
import org.cityindicators.api.PageDto;
import org.cityindicators.api.Paging;
import org.cityindicators.api.PagingParams;
import org.cityindicators.api.Params;
import org.cityindicators.api.Preconditions;
import org.cityindicators.api.Stewards;
import org.cityindicators.catalogue.CatalogueWrites;
import org.cityindicators.db.Where;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The documents figures are read from. */
@Path(ApiDefinition.V1 + "/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources", description = "Source documents cited by every figure")
public class SourceResource {

    static final CatalogueWrites.Kind<Source> KIND = new CatalogueWrites.Kind<>("source", code -> Source.findById(code), Source::new,
            s -> s.version);

    @Inject
    CatalogueWrites writes;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(operationId = "listSources", summary = "List source documents",
            description = "Every document figures were read from: title, publisher, date, link and licence.")
    @APIResponse(responseCode = "200", description = "A page of sources, ordered by code")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<SourceDto> listSources(@BeanParam PagingParams pagingParams) {
        Paging paging = pagingParams.toPaging(1);
        Where where = new Where().after("code", paging.afterKey());
        List<Source> rows = Source.find(where.clause(), Sort.by("code"), where.parameters()).range(0, paging.size()).list();
        return paging.page(rows, SourceDto::from, s -> new Object[] {s.code}, Source.count());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getSource", summary = "Get one source document",
            description = "Its title, publisher, author, date, link, licence and note; the ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The source",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDto.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response getSource(@Parameter(description = "Source code", example = "jmdaily-2024-02-gdp") @PathParam("code") String code) {
        Source source = Source.findById(code);
        if (source == null) {
            throw ApiException.notFound("source", code);
        }
        return Preconditions.read(source.version, SourceDto.from(source));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Stewards.ADMIN)
    @SecurityRequirement(name = Stewards.BEARER)
    @Operation(operationId = "putSource", summary = "Create or replace a source",
            description = "Creates a source when none has this code (201), or replaces it when If-Match names its current "
                    + "version (200); sending the current content again changes nothing.")
    @APIResponse(responseCode = "200", description = "Replaced, or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDto.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    public Response putSource(@Parameter(description = "Source code", example = "jmdaily-2024-02-gdp") @PathParam("code") String code,
                         @Parameter(description = "ETag of the version being replaced") @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull SourceInput input) {
        Params.code("code", code, Params.CODE);
        
        return writes.putAndAnswer(KIND, code, input::sameAs, e -> input.applyTo(e, code), ifMatch, token.getName(),
                ApiDefinition.V1 + "/sources/" + code, saved -> SourceDto.from(saved));
    }
}
