package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may write what: anonymous callers nothing (401), editors figures, administrators everything (403 otherwise).
 * The bodies are deliberately invalid, so an allowed call fails validation, with its own status, and changes nothing.
 */
@QuarkusTest
class WriteAccessTest {

    /** A write, the status it gets from a caller who may make it (its body is invalid), and how to send it. */
    record Write(String name, boolean editorMay, int allowed, Function<RequestSpecification, Integer> send) {
    }

    static final List<Write> WRITES = List.of(
            new Write("POST /observations", true, 400, r -> r.contentType("application/json").body("{}").post("/api/v1/observations").statusCode()),
            new Write("PUT /observations/{id}", true, 404, r -> r.contentType("application/json").body("{}").put("/api/v1/observations/999999").statusCode()),
            new Write("DELETE /observations/{id}", true, 404, r -> r.delete("/api/v1/observations/999999").statusCode()),
            new Write("POST /observations/import", true, 422, r -> r.contentType("text/csv").body("not,a,figure\n").post("/api/v1/observations/import").statusCode()),
            new Write("PUT /indicators/{code}", false, 400, r -> r.contentType("application/json").body("{}").put("/api/v1/indicators/test.access").statusCode()),
            new Write("PUT /areas/{code}", false, 400, r -> r.contentType("application/json").body("{}").put("/api/v1/areas/440799").statusCode()),
            new Write("PUT /sources/{code}", false, 400, r -> r.contentType("application/json").body("{}").put("/api/v1/sources/test-access").statusCode()),
            new Write("GET /audit", false, 200, r -> r.get("/api/v1/audit").statusCode()));

    @Test
    void anonymousCallersMayNotWrite() {
        for (Write write : WRITES) {
            assertEquals(401, write.send().apply(given()), write.name());
        }
        given().contentType("application/json").body("{}").when().post("/api/v1/observations").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void editorsWriteFiguresOnly() {
        String token = JwtTestResource.editor();
        for (Write write : WRITES) {
            int status = write.send().apply(given().auth().oauth2(token));
            if (write.editorMay()) {
                assertEquals(write.allowed(), status, write.name());
            } else {
                assertEquals(403, status, write.name());
            }
        }
        given().auth().oauth2(token).when().get("/api/v1/audit").then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("Forbidden"));
    }

    @Test
    void administratorsWriteEverything() {
        String token = JwtTestResource.admin();
        for (Write write : WRITES) {
            assertEquals(write.allowed(), write.send().apply(given().auth().oauth2(token)), write.name());
        }
    }

    @Test
    void tokensIssuedInTheFutureOrLivingTooLongAreRefused() {
        for (String token : List.of(issuedIn(Duration.ofMinutes(5)), issuedIn(Duration.ofDays(365)),
                lifetime(Duration.ofDays(36_500)), lifetime(Duration.ofHours(13)))) {
            given().auth().oauth2(token).when().get("/api/v1/audit").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(issuedIn(Duration.ofSeconds(10))).when().get("/api/v1/audit").then().statusCode(200);
        given().auth().oauth2(lifetime(Duration.ofHours(11))).when().get("/api/v1/audit").then().statusCode(200);
    }

    /** An administrator's token issued now and valid for {@code lifetime}. */
    static String lifetime(Duration lifetime) {
        Instant now = Instant.now();
        return Jwt.issuer(JwtTestResource.ISSUER).audience(JwtTestResource.AUDIENCE).upn("lee.longlived").groups(Set.of("admin"))
                .issuedAt(now).expiresAt(now.plus(lifetime)).sign(JwtTestResource.KEYS.getPrivate());
    }

    /** An administrator's token that claims to be issued {@code ahead} from now, valid for 5 minutes from then. */
    static String issuedIn(Duration ahead) {
        Instant issued = Instant.now().plus(ahead);
        return Jwt.issuer(JwtTestResource.ISSUER).audience(JwtTestResource.AUDIENCE).upn("fay.future").groups(Set.of("admin"))
                .issuedAt(issued).expiresAt(issued.plusSeconds(300)).sign(JwtTestResource.KEYS.getPrivate());
    }

    @Test
    void tokensThatAreExpiredNotYetValidForeignUnsignedOrForgedAreRefused() {
        var now = Instant.now();
        List<String> bad = List.of(
                Jwt.issuer(JwtTestResource.ISSUER).audience(JwtTestResource.AUDIENCE).upn("x")
                        .groups(Set.of("admin")).issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600))
                        .sign(JwtTestResource.KEYS.getPrivate()),
                Jwt.issuer("someone-else").audience(JwtTestResource.AUDIENCE).upn("x")
                        .groups(Set.of("admin")).sign(JwtTestResource.KEYS.getPrivate()),
                Jwt.issuer(JwtTestResource.ISSUER).audience("another-api").upn("x")
                        .groups(Set.of("admin")).sign(JwtTestResource.KEYS.getPrivate()),
                Jwt.issuer(JwtTestResource.ISSUER).audience(JwtTestResource.AUDIENCE).upn("x")
                        .groups(Set.of("admin")).issuedAt(now).claim("nbf", now.plusSeconds(3600).getEpochSecond())
                        .expiresAt(now.plusSeconds(7200)).sign(JwtTestResource.KEYS.getPrivate()),
                JwtTestResource.forged("x", "admin"),
                unsigned(JwtTestResource.admin()),
                tamper(JwtTestResource.editor()),
                JwtTestResource.admin() + "x",
                "not-a-token");
        for (String token : bad) {
            given().auth().oauth2(token).when().get("/api/v1/audit").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    /** The same claims with {"alg":"none"} and no signature. */
    private static String unsigned(String token) {
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The payload of a signed token, changed to claim the admin role. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"editor\"", "\"admin\"");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
    }
}
