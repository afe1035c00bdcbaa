package org.cityindicators.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's OpenAPI description and the problem responses every operation refers to. */
@OpenAPIDefinition(
        info = @Info(title = "City economic indicators API", version = "1",
                description = "Budget, GDP, industry-chain, investment and consumption figures of a city, "
                        + "each with unit, fiscal scope, measure, qualifier and the source phrase it was read from. "
                        + "Amounts keep the decimals they were published with; 亿元 (CNY_100M) is 10^8 yuan. "
                        + "Every error is an application/problem+json document. Any operation may also answer: 411 for a "
                        + "body without Content-Length (only the bulk import may stream one), 413 for a body over the "
                        + "endpoint's limit, 414 for a request line over 4 KiB, 431 for headers over 20 KiB, 429 with "
                        + "Retry-After when the client's rate limit is spent (RateLimit-* headers on every /api answer), and "
                        + "503 with Retry-After while the database is unreachable. During such an outage, reads the "
                        + "service still holds for the last data version known are served as they were, marked "
                        + "'Warning: 111 - \"Revalidation Failed\"' and 'Cache-Control: no-cache'.",
                license = @License(name = "CC BY 4.0 (compilation); figures are official statistics",
                        url = "https://creativecommons.org/licenses/by/4.0/")),
        components = @Components(responses = {
                @APIResponse(name = ApiDefinition.BAD_REQUEST, responseCode = "400",
                        description = "A parameter is malformed; the problem names it and says why",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknownMeasure", value = """
                                        {"type":"about:blank","title":"Bad Request","status":400,
                                         "detail":"Parameter 'measure': unknown value 'total'; allowed: actual, planned, adjusted_budget, planned_growth, yoy_growth, share, execution_rate",
                                         "instance":"/api/v1/observations",
                                         "violations":[{"field":"measure","message":"unknown value 'total'; allowed: actual, planned, adjusted_budget, planned_growth, yoy_growth, share, execution_rate"}]}
                                        """))),
                @APIResponse(name = ApiDefinition.NOT_FOUND, responseCode = "404",
                        description = "Nothing has this code",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknownIndicator", value = """
                                        {"type":"about:blank","title":"Not Found","status":404,
                                         "detail":"No indicator with code 'gdp.nominal'","instance":"/api/v1/indicators/gdp.nominal"}
                                        """))),
                @APIResponse(name = ApiDefinition.UNAUTHORIZED, responseCode = "401",
                        description = "No bearer token, or one that is expired, not yet valid, from another issuer or audience, or badly signed",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.FORBIDDEN, responseCode = "403",
                        description = "A valid token without the role this operation needs",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.CONFLICT, responseCode = "409",
                        description = "The resource exists already",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.PRECONDITION_FAILED, responseCode = "412",
                        description = "If-Match names a version that is no longer current: read the resource again",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.PRECONDITION_REQUIRED, responseCode = "428",
                        description = "A change to an existing resource needs If-Match with its ETag",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.NOT_ACCEPTABLE, responseCode = "406",
                        description = "The Accept header names no media type this operation produces",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT signed with the operator's key, with the role in its groups claim: editor (figures) or "
                + "admin (catalogue, audit). Reads need no token.")
public class ApiDefinition extends Application {

    /** The first segments of every API path: the version is part of the path. */
    public static final String V1 = "/api/v1";

    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
}
