package org.cityindicators;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MetricsTest {

    @Test
    void metricsAndHealthAreServedOnTheManagementPortOnly() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started"}) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
            ManagementPort.given().when().get(path).then().statusCode(200);
        }
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void requestDurationsArePublishedAsHistogramBuckets() {
        given().when().get("/api/v1/observations?indicator=gdp").then().statusCode(200);
        ManagementPort.given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE http_server_requests_seconds histogram"))
                .body(matchesPattern("(?s).*\nhttp_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/observations\"[^}]*le=\"\\+Inf\"[^}]*} \\d.*"));
    }

    @Test
    void answersFromTheResponseCacheAreTimedUnderTheirPathTemplate() {
        // an answer no other test asks for (the service ignores the parameter); gzip, so that an answer from the cache
        // shows (sent whole, with a length); a new specification for every request (a reused one sends its headers
        // again, so every request would differ)
        String url = "/api/v1/indicators/gdp/series?area=440700&cached-metrics-test=1";
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> reader =
                () -> given().header("Accept-Language", "en").header("Accept-Encoding", "gzip");
        String etag = reader.get().when().get(url).then().statusCode(200).extract().header("ETag");
        String template = "/api/v1/indicators/{code}/series";
        double before = requests(metrics(), template, 200);
        double beforeNotModified = requests(metrics(), template, 304);
        int cached = 0;
        for (int i = 0; i < 5; i++) { // the first answer is kept once written out, which may be just after the client has it
            var answer = reader.get().when().get(url).then().statusCode(200).header("ETag", etag).extract();
            if (answer.header("Content-Length") != null) {
                cached++;
            }
        }
        assertTrue(cached > 0, "some answers came from the response cache");
        reader.get().header("If-None-Match", etag).when().get(url).then().statusCode(304);
        String metrics = metrics();
        assertEquals(before + 5, requests(metrics, template, 200));
        assertEquals(beforeNotModified + 1, requests(metrics, template, 304));
        assertTrue(!metrics.contains("uri=\"/api/v1/indicators/gdp/series\""), "no raw path as a uri tag");
    }

    /** The count of http_server_requests_seconds for a path template and status (0 when there is none yet). */
    private static double requests(String metrics, String template, int status) {
        Matcher m = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        double count = 0;
        while (m.find()) {
            if (m.group(1).contains("uri=\"" + template + "\"") && m.group(1).contains("status=\"" + status + "\"")
                    && m.group(1).contains("method=\"GET\"")) {
                count += Double.parseDouble(m.group(2));
            }
        }
        return count;
    }

    @Test
    void connectionPoolGaugesArePublished() {
        String metrics = metrics();
        for (String gauge : new String[] {"agroal_active_connections", "agroal_available_connections", "agroal_max_used_connections",
                "agroal_awaiting_connections"}) {
            assertTrue(sample(metrics, gauge) >= 0, gauge);
        }
    }

    @Test
    void servedFiguresAreCounted() {
        double before = sample(metrics(), "indicators_observations_served_total");
        // a parameter no other test sends (and the service ignores), so that no answer comes from the response cache
        // (which reads no figures)
        var given = given().queryParam("served-figures-test", "1");
        given.when().get("/api/v1/observations?indicator=gdp").then().statusCode(200);
        assertEquals(before + 1, sample(metrics(), "indicators_observations_served_total"));
        given.when().get("/api/v1/indicators/gdp/series?area=440700").then().statusCode(200);
        assertEquals(before + 2, sample(metrics(), "indicators_observations_served_total"));
        given.when().get("/api/v1/areas/440700/latest").then().statusCode(200);
        assertEquals(before + 2 + 45, sample(metrics(), "indicators_observations_served_total"));
    }

    @Test
    @DisabledOnIntegrationTest("cleans up through the service's datasource, which only the JVM of @QuarkusTest has")
    void importedFiguresAreCounted() {
        double before = sample(metrics(), "indicators_observations_imported_total");
        String csv = ImportTest.HEADER
                + "retail.total,440703,,,2091,actual,1.00,CNY_100M,exact,jmdaily-2024-02-gdp,metrics-test\n"
                + "retail.total,440703,,,2092,actual,2.00,CNY_100M,exact,jmdaily-2024-02-gdp,metrics-test\n";
        try {
            given().auth().oauth2(JwtTestResource.editor()).contentType("text/csv").body(csv)
                    .when().post("/api/v1/observations/import").then().statusCode(200);
            assertEquals(before + 2, sample(metrics(), "indicators_observations_imported_total"));
        } finally {
            GeneratedData.execute(Arc.container().instance(DataSource.class).get(), "delete from observation where quote = 'metrics-test'",
                    "delete from audit_log where actor = 'erin.editor'");
        }
    }

    static String metrics() {
        return ManagementPort.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of a metric's sample (any labels); fails when the metric is missing. */
    static double sample(String metrics, String name) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "(?:\\{[^}]*})? (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        assertTrue(m.find(), name + " is missing from /q/metrics");
        return Double.parseDouble(m.group(1));
    }
}
