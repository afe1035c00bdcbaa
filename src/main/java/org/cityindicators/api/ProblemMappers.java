package org.cityindicators.api;

import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Turns every failure into an application/problem+json answer that names the problem and nothing internal. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response refused(ApiException e, UriInfo uri) {
        return answer(e.status, e.title, e.getMessage(), uri, e.violations);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> "Parameter '" + v.field() + "': " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("Invalid request");
        return answer(400, "Bad request", detail, uri, violations);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return answer(status, title, detailFor(status), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            // an outage is temporary and not the caller's fault: 503, so that clients and proxies retry
            Log.warnf("Database unreachable on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
            return Response.fromResponse(answer(503, "Service unavailable",
                            "The database cannot be reached at the moment; try again shortly", uri, List.of()))
                    .header("Retry-After", "5").build();
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure %s on %s", incident, uri == null ? "?" : uri.getPath());
        return answer(500, "Internal server error",
                "The request could not be completed; the failure was logged as incident " + incident, uri, List.of());
    }

    /** Whether a failure comes from a connection to the database that could not be made or was lost. */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException || cause instanceof java.net.ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the media types in Accept can be produced here; this resource answers application/json";
            case 415 -> "This media type is not supported here";
            default -> "The request could not be processed";
        };
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static Response answer(int status, String title, String detail, UriInfo uri, List<Problem.Violation> violations) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem("about:blank", title, status, detail, instance, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
