package org.cityindicators.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cityindicators.domain.InvalidValue;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Turns every failure into an application/problem+json answer that names the problem and nothing internal. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response refused(ApiException e, UriInfo uri) {
        return answer(e.status, e.title, e.getMessage(), uri, e.violations);
    }

    /** A value the domain refused, answered as the parameter or field it came from. */
    @ServerExceptionMapper
    public Response invalid(InvalidValue e, UriInfo uri) {
        return refused(ApiException.badParameter(e.field(), e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response busy(ServiceBusyException e, UriInfo uri) {
        return unavailable(e.getMessage(), e.retryAfterSeconds, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> "Parameter '" + v.field() + "': " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("Invalid request");
        return answer(400, "Bad Request", detail, uri, violations);
    }

    /** A body that is not JSON, or whose JSON does not fit the expected shape: 400 naming where. */
    @ServerExceptionMapper({JacksonException.class,
            JsonProcessingException.class, JsonParseException.class,
            JsonMappingException.class,
            MismatchedInputException.class,
            InvalidFormatException.class,
            ValueInstantiationException.class,
            StreamConstraintsException.class})
    public Response unreadable(JacksonException e, UriInfo uri) {
        String field = JsonBodies.field(e);
        String problem = JsonBodies.problem(e);
        if (!field.isEmpty()) {
            return answer(400, "Bad Request", "Field '" + field + "': " + problem + JsonBodies.where(e), uri,
                    List.of(new Problem.Violation(field, problem)));
        }
        return answer(400, "Bad Request", "The body: " + problem + JsonBodies.where(e), uri, List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JacksonException unreadable) {
            return unreadable(unreadable, uri); // the JSON reader wraps a syntax error in a bare 400
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return answer(status, title, detailFor(status, uri == null ? null : uri.getPath()), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            // an outage is temporary and not the caller's fault: 503, so that clients and proxies retry
            Log.warnf("Database unreachable on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
            return unavailable("The database cannot be reached at the moment; try again shortly", 5, uri);
        }
        if (poolExhausted(e)) {
            // every connection of the pool was in use for longer than its acquisition timeout: a burst, not a fault
            Log.warnf("No database connection free for %s", uri == null ? "?" : uri.getPath());
            return unavailable("The service is busy: no database connection came free in time; try again shortly", 2, uri);
        }
        if (sqlState(e, "55P03")) {
            // lock_timeout: another replica's writer held the writers' lock for longer than a writer waits
            return unavailable("Another write is in progress and took longer than a write waits; try again shortly", 5, uri);
        }
        if (sqlState(e, "57014")) {
            // cancelled by statement_timeout (indicators.limits.statement-timeout): the service is overloaded or the
            // query too costly for now
            return unavailable("The query took longer than this service allows; narrow it (fewer indicators, a shorter "
                    + "period) or try again later", 30, uri);
        }
        if (badData(e)) {
            // PostgreSQL refused a value taken from the request (a NUL byte, a timestamp out of its range): the caller's
            // mistake, not ours
            return answer(400, "Bad Request", "A value in the request is not text PostgreSQL can store or compare "
                    + "(for example a NUL character) or is out of range", uri, List.of());
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure %s on %s", incident, uri == null ? "?" : uri.getPath());
        return answer(500, "Internal Server Error",
                "The request could not be completed; the failure was logged as incident " + incident, uri, List.of());
    }

    private static Response unavailable(String detail, int retryAfterSeconds, UriInfo uri) {
        return Response.fromResponse(answer(503, "Service Unavailable", detail, uri, List.of()))
                .header("Retry-After", Integer.toString(retryAfterSeconds)).build();
    }

    /**
     * Whether a failure is the connection pool's acquisition timeout. Agroal says so only in its message (an
     * SQLException without SQLSTATE), so the message is what is matched.
     */
    static boolean poolExhausted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failure is PostgreSQL refusing a value (SQLSTATE class 22, data exception). */
    static boolean badData(Throwable e) {
        return sqlState(e, "22");
    }

    /** Whether a failure comes from an SQL error whose SQLSTATE starts with {@code prefix}. */
    static boolean sqlState(Throwable e, String prefix) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure comes from a connection to the database that could not be made or was lost, including one the
     * server closed as it shut down (SQLSTATE 57P01-57P03: scripts/faults.sh found this one answered 500).
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof JDBCConnectionException
                    || (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
                return true;
            }
        }
        return false;
    }

    private static String detailFor(int status, String path) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the media types in Accept can be produced here; this resource answers " + Format.offeredAt(path);
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
