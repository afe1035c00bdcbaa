package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Protective headers on pages, API answers and errors; no banners, no credentials over CORS, no stack traces. */
@QuarkusTest
class SecurityHeadersTest {

    static final List<String> PATHS = List.of("/", "/api/v1/indicators", "/api/v1/indicators/no.such", "/q/openapi",
            "/q/metrics", "/api/v1/observations?size=0", "/api/v1/audit", "/no/such/page");

    @Test
    void everyAnswerForbidsSniffingAndReferrers() {
        for (String path : PATHS) {
            given().when().get(path).then().header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer").header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Server", nullValue()).header("X-Powered-By", nullValue())
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void theExplorerGetsAStrictPolicyAndSwaggerUiItsOwn() {
        given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .body(containsString("swagger-ui"));
    }

    @Test
    void hstsOnlyBehindTls() {
        given().header("X-Forwarded-Proto", "https").when().get("/api/v1/indicators").then()
                .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
    }

    @Test
    void corsNeverAllowsCredentials() {
        for (String origin : List.of("https://evil.example", "null", "http://localhost")) {
            given().header("Origin", origin).header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "Authorization").when().options("/api/v1/areas/440700")
                    .then().header("Access-Control-Allow-Credentials", not(equalTo("true")));
            given().header("Origin", origin).when().get("/api/v1/indicators").then()
                    .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        }
    }

    @Test
    void noAnswerCarriesAStackTraceOrClassName() {
        List<Response> answers = List.of(
                given().contentType("application/json").body("{\"value\":").auth().oauth2(JwtTestResource.editor())
                        .post("/api/v1/observations"),
                given().contentType("application/json").body("{\"value\":{}}").auth().oauth2(JwtTestResource.editor())
                        .post("/api/v1/observations"),
                given().get("/api/v1/indicators/%00"), given().get("/api/v1/sources?cursor=bnVsbA"),
                given().get("/api/v1/observations?asOf=+999999999-12-31T00:00:00Z"), given().get("/q/no-such"),
                given().header("Accept", "application/xml").get("/api/v1/indicators"));
        for (Response answer : answers) {
            String body = answer.asString();
            assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("org.cityindicators")
                    || body.contains("java."), body);
        }
        assertNull(given().get("/api/v1/indicators").header("Server"));
    }
}
