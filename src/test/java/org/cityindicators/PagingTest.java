package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keyset paging through many generated figures (needs the database, so it has no packaged-jar twin). */
@QuarkusTest
class PagingTest {

    @Inject
    DataSource dataSource;

    @Test
    void pagesThrough100000FiguresWithoutADuplicateOrAGap() {
        GeneratedData.monthlyFigures(dataSource, 50, 1000);
        try {
            Set<String> seen = new HashSet<>();
            List<String> order = new ArrayList<>();
            String next = "/api/v1/observations?area=440703,440704&size=1000";
            int pages = 0;
            while (next != null) {
                Response response = given().urlEncodingEnabled(false).when().get(next).then().log().ifValidationFails().statusCode(200).extract().response();
                List<Map<String, Object>> items = response.jsonPath().getList("items");
                assertEquals(100_000, response.jsonPath().getLong("total"));
                items.forEach(f -> {
                    String key = f.get("indicator") + "|" + f.get("area") + "|" + f.get("period");
                    assertTrue(seen.add(key), "duplicate " + key);
                    order.add(f.get("indicator") + "|" + f.get("area") + "|||actual|month|" + f.get("period"));
                });
                next = response.jsonPath().getString("page.next");
                String link = response.header("Link");
                if (next != null) {
                    assertEquals("<" + next + ">; rel=\"next\"", link);
                } else {
                    assertNull(link);
                }
                pages++;
            }
            assertEquals(100, pages);
            assertEquals(100_000, seen.size());
            List<String> sorted = new ArrayList<>(order);
            sorted.sort(String::compareTo);
            assertEquals(sorted, order, "pages follow one stable order");
        } finally {
            GeneratedData.clear(dataSource);
        }
    }
}
