package org.cityindicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keyset paging through many generated figures, 100 pages deep and across 40 series boundaries (needs the database,
 * so it has no packaged-jar twin). Each page is parsed once, with Jackson.
 */
@QuarkusTest
class PagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void pagesThrough10000FiguresWithoutADuplicateOrAGap() throws IOException {
        GeneratedData.monthlyFigures(dataSource, 20, 250);
        try {
            Set<String> seen = new HashSet<>();
            List<String> order = new ArrayList<>();
            String next = "/api/v1/observations?area=440703,440704&size=100";
            int pages = 0;
            while (next != null) {
                Response response = given().urlEncodingEnabled(false).when().get(next)
                        .then().log().ifValidationFails().statusCode(200).extract().response();
                JsonNode page = JSON.readTree(response.asByteArray());
                assertEquals(10_000, page.get("total").asLong());
                for (JsonNode f : page.get("items")) {
                    String key = f.get("indicator").asText() + "|" + f.get("area").asText() + "|" + f.get("period").asText();
                    assertTrue(seen.add(key), "duplicate " + key);
                    order.add(f.get("indicator").asText() + "|" + f.get("area").asText() + "|||actual|month|"
                            + f.get("period").asText());
                }
                next = page.get("page").get("next").isNull() ? null : page.get("page").get("next").asText();
                String link = response.header("Link");
                if (next != null) {
                    assertEquals("<" + next + ">; rel=\"next\"", link);
                } else {
                    assertNull(link);
                }
                pages++;
            }
            assertEquals(100, pages);
            assertEquals(10_000, seen.size());
            List<String> sorted = new ArrayList<>(order);
            sorted.sort(String::compareTo);
            assertEquals(sorted, order, "pages follow one stable order");
        } finally {
            GeneratedData.clear(dataSource);
        }
    }
}
