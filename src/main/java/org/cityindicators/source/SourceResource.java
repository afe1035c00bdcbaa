package org.cityindicators.source;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.PageDto;
import org.cityindicators.api.Paging;
import org.cityindicators.db.Where;

import java.util.List;
import org.cityindicators.api.PagingParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents figures are read from. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources", description = "Source documents cited by every figure")
public class SourceResource {

    @GET
    @Operation(operationId = "listSources", summary = "List source documents")
    @APIResponse(responseCode = "200", description = "A page of sources, ordered by code")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<SourceDto> listSources(@BeanParam PagingParams pagingParams) {
        Paging paging = pagingParams.toPaging(1);
        Where where = new Where().after("code", paging);
        List<Source> rows = Source.find(where.clause(), Sort.by("code"), where.parameters()).range(0, paging.size()).list();
        return paging.page(rows, SourceDto::from, s -> new Object[] {s.code}, Source.count());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getSource", summary = "Get one source document")
    @APIResponse(responseCode = "200", description = "The source")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public SourceDto getSource(@Parameter(description = "Source code", example = "jmdaily-2024-02-gdp") @PathParam("code") String code) {
        Source source = Source.findById(code);
        if (source == null) {
            throw ApiException.notFound("source", code);
        }
        return SourceDto.from(source);
    }
}
