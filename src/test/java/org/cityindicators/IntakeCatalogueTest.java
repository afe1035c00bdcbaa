package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The intake drafts with the open catalogue: aliases set through the API, cumulative periods and bulletin measures. */
@QuarkusTest
class IntakeCatalogueTest {

    @Inject
    DataSource dataSource;

    @AfterEach
    void clear() {
        Intakes.clear(dataSource);
        GeneratedData.clear(dataSource);
    }

    @Test
    void anAliasAddedThroughTheCatalogueIsMatchedByTheNextDraft() {
        OpenCatalogueTest.put("/api/v1/indicators/test.intake_alias", OpenCatalogueTest.indicator("consumption", "CNY_100M",
                null, null, List.of("测试旅游收入")), null).statusCode(201);
        JsonPath draft = Intakes.post("（测试用虚构文本 / made up for tests）2023年，全市测试旅游收入完成12.34亿元。").then()
                .statusCode(201).extract().jsonPath();
        Map<String, Object> figure = Intakes.candidate(draft.getList("candidates"), "test.intake_alias", "actual", "12.34");
        assertEquals(List.of("2023", "CNY_100M", "exact"), List.of(figure.get("period"), figure.get("unit"), figure.get("qualifier")));
    }

    @Test
    void aMonthlyReleasePublishesItsCumulativeFiguresProgressAndScheduleGap() {
        JsonPath draft = given().auth().oauth2(JwtTestResource.editor()).queryParam("title", "测试月报")
                .queryParam("publisher", "测试财政局").queryParam("published", "2024-05").queryParam("source", Intakes.SOURCE)
                .queryParam("area", Intakes.AREA).queryParam("referenceDate", "2024-05-15").contentType("text/plain; charset=UTF-8").body(Intakes.document("wanglan-fiscal-2024-04.txt"))
                .when().post("/api/v1/intakes").then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> candidates = draft.getList("candidates");
        List<Map<String, Object>> revenue = List.of(
                Intakes.candidate(candidates, "budget.general.revenue", "actual", "1392476"),
                Intakes.candidate(candidates, "budget.general.revenue", "yoy_growth", "-1.1"),
                Intakes.candidate(candidates, "budget.general.revenue", "budget_progress", "36.7"),
                Intakes.candidate(candidates, "budget.general.revenue", "schedule_gap", "3.4"));
        for (Map<String, Object> c : revenue) {
            assertEquals(List.of("2024-01/2024-04", "year_to_date", "consolidated"), List.of(c.get("period"), c.get("frequency"),
                    c.get("scope")), c.toString());
        }
        assertEquals(List.of("CNY_10K", "PERCENT", "PERCENT", "PP"), revenue.stream().map(c -> c.get("unit")).toList());

        long id = draft.getLong("id");
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json")
                .body(Map.of("ordinals", revenue.stream().map(c -> c.get("ordinal")).toList()))
                .when().post("/api/v1/intakes/" + id + "/accept").then().statusCode(200);
        given().auth().oauth2(JwtTestResource.editor()).when().post("/api/v1/intakes/" + id + "/publish").then().statusCode(200)
                .body("inserted", equalTo(4));
        given().queryParam("indicator", "budget.general.revenue").queryParam("area", Intakes.AREA).when()
                .get("/api/v1/observations").then().statusCode(200)
                .body("items.period", everyItem(equalTo("2024-01/2024-04")))
                .body("items.measure", containsInAnyOrder("actual", "yoy_growth", "budget_progress", "schedule_gap"))
                .body("items.valueText", containsInAnyOrder("1392476", "-1.1", "36.7", "3.4"));
    }
}
