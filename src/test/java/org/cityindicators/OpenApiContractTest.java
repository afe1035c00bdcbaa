package org.cityindicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    @Test
    void servedDocumentMatchesTheCommittedContract() throws IOException {
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(COMMITTED.toFile());
        JsonNode served = new ObjectMapper().readTree(
                given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
        assertEquals(committed, served, "The served /q/openapi differs from openapi/openapi.yaml. If the change is intended, "
                + "run ./mvnw package -DskipTests and copy target/openapi/openapi.yaml to openapi/openapi.yaml");
    }

    @Test
    void everyOperationHasAnIdASummaryAndDocumentedErrors() throws IOException {
        JsonNode served = new ObjectMapper().readTree(
                given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> defects = new ArrayList<>();
        served.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (!operation.hasNonNull("operationId")) {
                defects.add(name + " has no operationId");
            }
            if (!operation.hasNonNull("summary")) {
                defects.add(name + " has no summary");
            }
            JsonNode responses = operation.path("responses");
            boolean documentsAnError = false;
            for (var status = responses.fieldNames(); status.hasNext(); ) {
                documentsAnError |= status.next().startsWith("4");
            }
            boolean documentsSuccess = responses.has("200") || responses.has("201");
            if (!documentsSuccess || !documentsAnError) {
                defects.add(name + " does not document its success and its errors");
            }
            responses.properties().forEach(response -> {
                JsonNode schema = response.getValue().at("/content/application~1json/schema");
                if (response.getKey().startsWith("2") && !schema.isMissingNode() && !schema.has("$ref") && !schema.has("type")) {
                    defects.add(name + " answers " + response.getKey() + " in JSON without a typed schema");
                }
            });
            if (name.startsWith("GET /api/v1/") && !name.endsWith("/changes") && !(responses.has("304") && responses.has("429"))) {
                defects.add(name + " does not declare 304 and 429");
            }
            operation.path("parameters").forEach(p -> {
                if (!p.has("$ref") && !p.hasNonNull("description")) {
                    defects.add(name + " parameter " + p.path("name").asText() + " has no description");
                }
            });
        }));
        assertTrue(defects.isEmpty(), String.join("\n", defects));
        assertTrue(served.at("/components/securitySchemes/bearer/scheme").asText().equals("bearer"), "the bearer scheme is declared");
        assertEquals(1, served.at("/components/securitySchemes").size(), "one bearer scheme");
        assertEquals("/", served.at("/servers/0/url").asText(), "a relative server");
        served.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            boolean write = !op.getKey().equals("get") || path.getKey().equals("/api/v1/audit")
                    || path.getKey().startsWith("/api/v1/intakes");
            boolean secured = !op.getValue().path("security").isEmpty();
            if (!op.getValue().has("security")) {
                defects.add(op.getKey().toUpperCase() + " " + path.getKey() + " does not say whether it needs a token");
            }
            if (write != secured) {
                defects.add(op.getKey().toUpperCase() + " " + path.getKey() + (write ? " declares no security" : " should need no token"));
            }
        }));
        assertTrue(defects.isEmpty(), String.join("\n", defects));
        assertTrue(served.path("paths").size() >= 11, "all resources are documented");
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
