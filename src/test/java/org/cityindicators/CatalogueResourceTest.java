package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CatalogueResourceTest {

    @Test
    void listsAndGetsSources() {
        given().when().get("/api/v1/sources").then().statusCode(200)
                .body("items.code", contains("jmdaily-2024-02-budget-report", "jmdaily-2024-02-gdp",
                        "jmdaily-2024-02-wu-xiaohui-industry"));
        given().when().get("/api/v1/sources/jmdaily-2024-02-gdp").then().statusCode(200)
                .body("title", equalTo("2023年GDP突破4000亿元 成功争先进阶"))
                .body("publisher", equalTo("江门日报 (Jiangmen Daily)"))
                .body("published", equalTo("2024-02"));
        given().when().get("/api/v1/sources/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsAndGetsProjects() {
        given().when().get("/api/v1/projects").then().statusCode(200).body("items.code", contains("zxcxh-phase1"));
        given().queryParam("lang", "all").when().get("/api/v1/projects/zxcxh-phase1").then().statusCode(200)
                .body("name", equalTo("中新创新航一期项目")).body("names.zh", equalTo("中新创新航一期项目"))
                .body("names.en", equalTo("Zhongxin Chuangxinhang phase I project")).body("area", equalTo("440700"));
        given().when().get("/api/v1/projects/nope").then().statusCode(404).contentType("application/problem+json");
    }
}
