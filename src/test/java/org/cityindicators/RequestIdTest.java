package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RequestIdTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aGivenRequestIdIsEchoed() {
        given().header("X-Request-Id", "dashboard-7.poll_42").when().get("/api/v1/observations?indicator=gdp")
                .then().statusCode(200).header("X-Request-Id", equalTo("dashboard-7.poll_42"));
    }

    @Test
    void aMissingRequestIdIsGenerated() {
        given().when().get("/api/v1/areas/440700").then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void errorsCarryTheRequestIdToo() {
        given().header("X-Request-Id", "trace-404").when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").header("X-Request-Id", equalTo("trace-404"));
        given().when().get("/api/v1/observations?measure=bogus").then().statusCode(400)
                .header("X-Request-Id", matchesPattern(UUID));
        ManagementPort.given().when().get("/q/health/ready").then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        for (String unsafe : new String[] {"a".repeat(65), "x y", "id;drop", "<script>", "ünïcode"}) {
            given().header("X-Request-Id", unsafe).when().get("/api/v1/areas/440700").then().statusCode(200)
                    .header("X-Request-Id", matchesPattern(UUID)).header("X-Request-Id", not(equalTo(unsafe)));
        }
        given().header("X-Request-Id", "a".repeat(64)).when().get("/api/v1/areas/440700").then().statusCode(200)
                .header("X-Request-Id", equalTo("a".repeat(64)));
    }
}
