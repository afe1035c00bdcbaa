package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ErrorResponseTest {

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().contentType("application/json").body("{}").when().post("/api/v1/indicators").then().statusCode(405)
                .contentType("application/problem+json").body("status", equalTo(405));
        given().when().delete("/api/v1/observations").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void unproducibleMediaTypeIsA406Problem() {
        given().accept("application/xml").when().get("/api/v1/indicators").then().statusCode(406)
                .contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    void problemsRevealNoClassNamesOrStackTraces() {
        given().queryParam("size", "9".repeat(40)).when().get("/api/v1/observations").then().statusCode(400)
                .body(not(containsString("Exception"))).body(not(containsString("java.")));
        given().when().get("/api/v1/indicators/%00").then().statusCode(404)
                .body(not(containsString("Exception")));
    }

    @Test
    void healthIsUpWithTheDatabase() {
        ManagementPort.given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }
}
