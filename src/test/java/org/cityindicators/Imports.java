package org.cityindicators;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;

/** Sends files to the bulk import as an editor, with exactly the Content-Type given (no charset added). */
final class Imports {

    static final String PATH = "/api/v1/observations/import";
    private static final RestAssuredConfig AS_GIVEN = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Imports() {
    }

    static ValidatableResponse post(String contentType, byte[] body) {
        return given().config(AS_GIVEN).auth().oauth2(JwtTestResource.editor()).contentType(contentType).body(body)
                .when().post(PATH).then();
    }

    static ValidatableResponse csv(String csv) {
        return post("text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static ValidatableResponse json(String json) {
        return post("application/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
