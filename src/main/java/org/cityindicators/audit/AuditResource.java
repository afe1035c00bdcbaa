package org.cityindicators.audit;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.PageDto;
import org.cityindicators.api.Paging;
import org.cityindicators.api.PagingParams;
import org.cityindicators.api.Params;
import org.cityindicators.api.Stewards;
import org.cityindicators.db.Where;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;

/** Who changed what, when and why. */
@Path(ApiDefinition.V1 + "/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "The trail of every write, for administrators")
public class AuditResource {

    /** One write. */
    @Schema(name = "AuditEntry")
    public record AuditDto(@Schema(example = "12") long id, OffsetDateTime at, @Schema(example = "li.wei") String actor,
                           @Schema(example = "revise") String action, @Schema(example = "observation") String resource,
                           @Schema(description = "Code of the catalogue entry, or id of the figure", example = "17") String code,
                           @Schema(nullable = true) String reason,
                           @Schema(description = "For imports: rows, inserted, revised, unchanged", nullable = true) String detail) {

        static AuditDto from(AuditEntry e) {
            return new AuditDto(e.id, e.at, e.actor, e.action, e.resource, e.code, e.reason, e.detail);
        }
    }

    @GET
    @RolesAllowed(Stewards.ADMIN)
    @SecurityRequirement(name = Stewards.BEARER)
    @Operation(operationId = "listAudit", summary = "List writes, oldest first",
            description = "Every create, update, correction, withdrawal and import, with who made it (the token's name), when and why.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<AuditDto> listAudit(@Parameter(description = "Only writes by this actor") @QueryParam("actor") String actor,
                                       @Parameter(description = "Only writes to this kind of resource",
                                               schema = @Schema(enumeration = {"unit", "area", "source", "project", "indicator", "observation"}))
                                       @QueryParam("resource") String resource,
                                       @Parameter(description = "Only writes after this moment (ISO 8601)") @QueryParam("since") String since,
                                       @BeanParam PagingParams pagingParams) {
        Paging paging = pagingParams.toPaging(1);
        if (actor != null && actor.length() > 200) {
            throw ApiException.badParameter("actor", "at most 200 characters");
        }
        Where where = new Where()
                .and("actor = :actor", "actor", actor)
                .and("resource = :resource", "resource", Params.code("resource", resource, Params.CODE))
                .and("at > :since", "since", Params.instant("since", since));
        Where page = where.after("id", paging.first() ? null : parseId(paging.afterKey()));
        List<AuditEntry> entries = AuditEntry.<AuditEntry>find(page.clause(), Sort.by("id"), page.parameters())
                .range(0, paging.size()).list();
        return paging.page(entries, AuditDto::from, e -> new Object[] {e.id}, AuditEntry.count(where.clause(), where.parameters()));
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("cursor", "not a cursor this list gave out");
        }
    }
}
