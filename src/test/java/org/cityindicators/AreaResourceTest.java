package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AreaResourceTest {

    @Test
    void listsJiangmenAndItsSevenDivisions() {
        given().when().get("/api/v1/areas").then().statusCode(200).body("total", equalTo(9));
        given().queryParam("parent", "440700").when().get("/api/v1/areas").then().statusCode(200)
                .body("items.code", contains("440703", "440704", "440705", "440781", "440783", "440784", "440785"));
        given().queryParam("level", "district").queryParam("lang", "en").when().get("/api/v1/areas").then()
                .statusCode(200).body("items.name", contains("Pengjiang District", "Jianghai District", "Xinhui District"));
    }

    @Test
    void getsOneArea() {
        given().when().get("/api/v1/areas/440700").then().statusCode(200)
                .body("name", equalTo("江门市"))
                .body("level", equalTo("prefecture")).body("parent", equalTo("440000"));
        given().when().get("/api/v1/areas/999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void latestSnapshotHasTheNewestFigureOfEachSeriesAndNoProjectFigures() {
        List<Map<String, Object>> items = given().when().get("/api/v1/areas/440700/latest").then().statusCode(200)
                .body("area", equalTo("440700")).extract().jsonPath().getList("items");
        assertEquals(45, items.size(), "47 figures less the 2 of the project");
        assertTrue(items.stream().noneMatch(f -> f.get("indicator").toString().startsWith("project.")));
        var totals = items.stream().filter(f -> f.get("indicator").equals("budget.general.total_expenditure")).toList();
        assertEquals(2, totals.size(), "one per fiscal scope");
        var hotel = items.stream().filter(f -> f.get("indicator").equals("consumption.tourist_hotel.revenue"))
                .map(f -> f.get("period")).toList();
        assertEquals(List.of("2023-12", "2023"), hotel, "monthly and yearly are two series");
        given().when().get("/api/v1/areas/440703/latest").then().statusCode(200).body("items", hasSize(0));
        given().when().get("/api/v1/areas/000000/latest").then().statusCode(404);
    }
}
