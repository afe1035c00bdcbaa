package org.cityindicators.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** 401 for a missing or invalid token, 403 for a valid token without the role; both as problem+json. */
public class SecurityMappers {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(UriInfo uri) {
        Response problem = ProblemMappers.answer(401, "Unauthorized",
                "This operation needs a valid bearer token (a JWT from this service's issuer)", uri, List.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemMappers.answer(403, "Forbidden", "The token is valid but lacks the role this operation needs",
                uri, List.of());
    }
}
