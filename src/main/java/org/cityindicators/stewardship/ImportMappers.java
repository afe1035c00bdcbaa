package org.cityindicators.stewardship;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cityindicators.api.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A rejected import: 422 with every bad line and column. */
public class ImportMappers {

    @ServerExceptionMapper
    public Response rejected(ObservationImport.Rejected e, UriInfo uri) {
        Problem problem = new Problem("about:blank", "Unprocessable content", 422, e.getMessage(),
                uri.getRequestUri().getRawPath(), null,
                e.errors.stream().map(x -> new Problem.RowError(x.line(), x.column(), x.message())).toList(), e.total);
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
