package org.cityindicators.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.cityindicators.db.Sql;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Who changed what, when and why. */
@Path(ApiDefinition.V1 + "/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "The trail of every write, for administrators")
public class AuditResource {

    @Inject
    DataSource dataSource;

    /** One write. */
    @Schema(name = "AuditEntry")
    public record AuditDto(@Schema(example = "12") long id, OffsetDateTime at, @Schema(example = "li.wei") String actor,
                           @Schema(example = "revise") String action, @Schema(example = "observation") String resource,
                           @Schema(description = "Code of the catalogue entry, or id of the figure", example = "17") String code,
                           @Schema(nullable = true) String reason,
                           @Schema(description = "For imports: rows, inserted, revised, unchanged", nullable = true) String detail) {
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
        Sql where = new Sql().append(" where true")
                .andIf("actor = ?", actor)
                .andIf("resource = ?", Params.code("resource", resource, Params.CODE))
                .andIf("at > ?", Params.instant("since", since));
        Sql page = new Sql().append("select id, at, actor, action, resource, code, reason, detail::text from audit_log").append(where)
                .andIf("id > ?", paging.first() ? null : parseId(paging.after().get(0)));
        List<AuditDto> rows = query(page.append(" order by id limit ?", paging.limit()));
        return paging.page(rows, r -> r, r -> new Object[] {r.id()}, count(new Sql().append("select count(*) from audit_log").append(where)));
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("cursor", "not a cursor this list gave out");
        }
    }

    private List<AuditDto> query(Sql sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            List<AuditDto> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new AuditDto(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(Sql sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
