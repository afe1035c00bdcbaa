package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * A request that fails in the HTTP layer outside the REST resources (an error thrown in a Vert.x handler, out of
 * memory included) is answered as problem+json 500 that reveals nothing internal, not with Quarkus's error page. The
 * failing handlers exist in this test only: such failures cannot be caused on purpose through the API.
 */
@QuarkusTest
class UnhandledFailureTest {

    /** Routes that fail as a broken handler or an exhausted heap would. */
    @Singleton
    static class FailingRoutes {
        void register(@Observes Router router) {
            router.get("/test-failures/out-of-memory").handler(context -> {
                throw new OutOfMemoryError("Java heap space (thrown by UnhandledFailureTest)");
            });
            router.get("/test-failures/exception").handler(context ->
                    context.fail(new IllegalStateException("org.cityindicators.Secret at java.base/Internal")));
        }
    }

    @Test
    void failuresOutsideTheResourcesAnswerAProblemWithoutInternals() {
        for (String path : new String[] {"/test-failures/out-of-memory", "/test-failures/exception"}) {
            for (String accept : new String[] {"*/*", "text/html", "application/json", "text/plain"}) {
                given().header("Accept", accept).header("X-Request-Id", "failure-1").when().get(path).then()
                        .statusCode(500).contentType("application/problem+json")
                        .header("X-Request-Id", "failure-1").header("Date", matchesPattern(RequestIdTest.IMF_FIXDATE))
                        .body("status", equalTo(500)).body("title", equalTo("Internal Server Error"))
                        .body("detail", containsString("incident"))
                        .body(not(containsString("OutOfMemoryError"))).body(not(containsString("Exception")))
                        .body(not(containsString("org.cityindicators"))).body(not(containsString("java")));
            }
        }
    }
}
