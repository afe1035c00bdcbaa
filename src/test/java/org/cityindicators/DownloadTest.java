package org.cityindicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DownloadTest {

    @Test
    void theWholeDatasetIsOneDataPackage() throws IOException {
        byte[] zip = given().when().get("/api/v1/download").then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString(".zip")).extract().asByteArray();
        Map<String, String> files = unzip(zip);
        assertEquals(List.of("datapackage.json", "observations.csv", "units.csv", "areas.csv", "sources.csv", "projects.csv",
                "categories.csv", "indicators.csv"), List.copyOf(files.keySet()));
        JsonNode descriptor = new ObjectMapper().readTree(files.get("datapackage.json"));
        assertEquals("tabular-data-package", descriptor.get("profile").asText());
        assertEquals("CC-BY-4.0", descriptor.at("/licenses/0/name").asText());
        assertEquals(8 - 1, descriptor.get("resources").size());
        for (JsonNode resource : descriptor.get("resources")) {
            String csv = files.get(resource.get("path").asText());
            String header = csv.substring(0, csv.indexOf("\r\n"));
            List<String> fields = resource.at("/schema/fields").findValuesAsText("name");
            assertEquals(String.join(",", fields), header, "descriptor fields match " + resource.get("path"));
        }
        assertEquals(48, files.get("observations.csv").split("\r\n").length, "header and 47 figures");
        assertTrue(files.get("observations.csv").contains("retail.total,440700,,,2023,actual,1347.90,CNY_100M,exact"));
        assertTrue(files.get("indicators.csv").startsWith(
                "code,name_zh,name_en,description_zh,description_en,category,unit,scoped,additive,parent,aliases\r\n"));
        assertTrue(files.get("indicators.csv").contains(",consumption,CNY_100M,false,true,,retail sales|社会消费品零售额|社消零|社零|社零额\r\n"),
                "aliases in the indicators resource");
        assertTrue(files.get("categories.csv").contains("prices,价格,Prices,100\r\n"), files.get("categories.csv"));
        assertEquals(resource("data/areas.csv"), files.get("areas.csv").replace("\r\n", "\n"),
                "catalogue files come back in the format of the data files");
    }

    @Test
    void theDescriptorSaysKeysTypesAndVocabulariesForFrictionless() throws IOException {
        byte[] zip = given().when().get("/api/v1/download").then().statusCode(200).extract().asByteArray();
        JsonNode resources = new ObjectMapper().readTree(unzip(zip).get("datapackage.json")).get("resources");
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        resources.forEach(r -> schemas.put(r.get("name").asText(), r.get("schema")));
        assertEquals("figure_id", schemas.get("observations").get("primaryKey").asText());
        schemas.forEach((name, schema) -> assertTrue(schema.has("primaryKey"), name + " has a primary key"));
        resources.forEach(resource -> assertEquals(",", resource.path("dialect").path("delimiter").asText(),
                resource.get("name") + " says its delimiter: a sniffer guessed ';' from a source's note"));
        assertEquals("any", field(schemas.get("observations"), "recorded_at").get("format").asText(),
                "recorded_at carries fractions of a second, which the default datetime format refuses");
        assertEquals("boolean", field(schemas.get("indicators"), "scoped").get("type").asText());
        assertEquals("boolean", field(schemas.get("indicators"), "additive").get("type").asText());
        assertEquals(List.of("unit:units", "category:categories", "parent:"), keys(schemas.get("indicators")),
                "a category is a row of categories, a parent a row of its own table");
        assertEquals(List.of("parent:"), keys(schemas.get("areas")));
        assertEquals(List.of("area:areas"), keys(schemas.get("projects")));
        assertTrue(field(schemas.get("observations"), "measure").at("/constraints/enum").toString().contains("\"yoy_growth\""));
        assertTrue(field(schemas.get("areas"), "level").at("/constraints/enum").toString().contains("\"prefecture\""));
    }

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode field : schema.get("fields")) {
            if (field.get("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name);
    }

    private static List<String> keys(JsonNode schema) {
        List<String> keys = new ArrayList<>();
        schema.get("foreignKeys").forEach(k -> keys.add(k.get("fields").asText() + ":" + k.at("/reference/resource").asText()));
        return keys;
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String resource(String path) throws IOException {
        try (var in = DownloadTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
