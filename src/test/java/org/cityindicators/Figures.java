package org.cityindicators;

import io.restassured.path.json.JsonPath;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Reads figures over HTTP for assertions. */
final class Figures {

    private Figures() {
    }

    /** Every figure matching the query parameters, across pages. */
    static List<Map<String, Object>> query(Map<String, ?> params) {
        JsonPath page = given().queryParams(params).queryParam("size", 500)
                .when().get("/api/v1/observations").then().statusCode(200).extract().jsonPath();
        return page.getList("items");
    }

    /** The one figure matching the query parameters. */
    static Map<String, Object> one(Map<String, ?> params) {
        List<Map<String, Object>> items = query(params);
        if (items.size() != 1) {
            throw new AssertionError("expected one figure for " + params + " but found " + items.size());
        }
        return items.get(0);
    }

    static BigDecimal value(Map<String, Object> figure) {
        return new BigDecimal((String) figure.get("valueText"));
    }
}
