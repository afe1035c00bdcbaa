package org.cityindicators.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The API's OpenAPI description and the problem responses every operation refers to. */
@OpenAPIDefinition(
        info = @Info(title = "City economic indicators API", version = "1",
                description = "Budget, GDP, industry-chain, investment and consumption figures of a city, "
                        + "each with unit, fiscal scope, measure, qualifier and the source phrase it was read from. "
                        + "Amounts keep the decimals they were published with; 亿元 (CNY_100M) is 10^8 yuan.",
                license = @License(name = "CC BY 4.0 (compilation); figures are official statistics",
                        url = "https://creativecommons.org/licenses/by/4.0/")),
        components = @Components(responses = {
                @APIResponse(name = ApiDefinition.BAD_REQUEST, responseCode = "400",
                        description = "A parameter is malformed; the problem names it and says why",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknownMeasure", value = """
                                        {"type":"about:blank","title":"Bad request","status":400,
                                         "detail":"Parameter 'measure': unknown value 'total'; allowed: actual, planned, adjusted_budget, planned_growth, yoy_growth, share, execution_rate",
                                         "instance":"/api/v1/observations",
                                         "violations":[{"field":"measure","message":"unknown value 'total'; allowed: actual, planned, adjusted_budget, planned_growth, yoy_growth, share, execution_rate"}]}
                                        """))),
                @APIResponse(name = ApiDefinition.NOT_FOUND, responseCode = "404",
                        description = "Nothing has this code",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknownIndicator", value = """
                                        {"type":"about:blank","title":"Not found","status":404,
                                         "detail":"No indicator with code 'gdp.nominal'","instance":"/api/v1/indicators/gdp.nominal"}
                                        """))),
                @APIResponse(name = ApiDefinition.NOT_ACCEPTABLE, responseCode = "406",
                        description = "The Accept header names no media type this operation produces",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class ApiDefinition extends Application {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
}
