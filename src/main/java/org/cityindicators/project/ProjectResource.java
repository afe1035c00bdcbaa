package org.cityindicators.project;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.LangParam;
import org.cityindicators.api.PageDto;
import org.cityindicators.api.Paging;
import org.cityindicators.api.PagingParams;
import org.cityindicators.db.Where;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Projects whose figures are reported on their own (investment, output). */
@Path(ApiDefinition.V1 + "/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects", description = "Enterprise and investment projects with figures of their own")
public class ProjectResource {

    @GET
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "Projects whose figures are their own rather than their area's, with the area they are in.")
    @APIResponse(responseCode = "200", description = "A page of projects, ordered by code")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<ProjectDto> listProjects(@BeanParam PagingParams pagingParams, @BeanParam LangParam langParam) {
        Paging paging = pagingParams.toPaging(1);
        Lang lang = langParam.resolve();
        Where where = new Where().after("code", paging.afterKey());
        List<Project> rows = Project.find(where.clause(), Sort.by("code"), where.parameters()).range(0, paging.size()).list();
        return paging.page(rows, p -> ProjectDto.from(p, lang), p -> new Object[] {p.code}, Project.count());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getProject", summary = "Get one project",
            description = "Its names and the area it is in; its figures are queried with project=<code>.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public ProjectDto getProject(@Parameter(description = "Project code", example = "zxcxh-phase1") @PathParam("code") String code, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        Project project = Project.findById(code);
        if (project == null) {
            throw ApiException.notFound("project", code);
        }
        return ProjectDto.from(project, lang);
    }
}
