package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MetricsTest {

    @Test
    void requestDurationsArePublishedAsHistogramBuckets() {
        given().when().get("/api/v1/observations?indicator=gdp").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE http_server_requests_seconds histogram"))
                .body(matchesPattern("(?s).*\nhttp_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/observations\"[^}]*le=\"\\+Inf\"[^}]*} \\d.*"));
    }

    @Test
    void connectionPoolGaugesArePublished() {
        String metrics = metrics();
        for (String gauge : new String[] {"agroal_active_count", "agroal_available_count", "agroal_max_used_count",
                "agroal_awaiting_count"}) {
            assertTrue(sample(metrics, gauge) >= 0, gauge);
        }
    }

    @Test
    void servedFiguresAreCounted() {
        double before = sample(metrics(), "indicators_observations_served_total");
        // a header no other test sends, so that no answer comes from the response cache (which reads no figures)
        var given = given().header("Accept-Language", "zh;q=0.9, en;q=0.1 ; metrics-test");
        given.when().get("/api/v1/observations?indicator=gdp").then().statusCode(200);
        assertEquals(before + 1, sample(metrics(), "indicators_observations_served_total"));
        given.when().get("/api/v1/indicators/gdp/series?area=440700").then().statusCode(200);
        assertEquals(before + 2, sample(metrics(), "indicators_observations_served_total"));
        given.when().get("/api/v1/areas/440700/latest").then().statusCode(200);
        assertEquals(before + 2 + 44, sample(metrics(), "indicators_observations_served_total"));
    }

    @Test
    void importedFiguresAreCounted() {
        // 46 on a fresh database, 0 when another replica had already loaded them: the counter is there either way
        assertTrue(sample(metrics(), "indicators_observations_imported_total") >= 0);
    }

    static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of a metric's sample (any labels); fails when the metric is missing. */
    static double sample(String metrics, String name) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "(?:\\{[^}]*})? (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        assertTrue(m.find(), name + " is missing from /q/metrics");
        return Double.parseDouble(m.group(1));
    }
}
