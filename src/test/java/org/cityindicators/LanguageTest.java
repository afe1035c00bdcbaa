package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class LanguageTest {

    @Test
    void langAllGivesChineseLabelsAndBothLanguages() {
        given().queryParam("lang", "all").queryParam("indicator", "gdp").when().get("/api/v1/observations").then()
                .statusCode(200)
                .header("Content-Language", equalTo("zh-Hans, en"))
                .body("items[0].indicatorName", equalTo("地区生产总值"))
                .body("items[0].labels.zh.qualifier", equalTo("超过"))
                .body("items[0].labels.en.qualifier", equalTo("more than"))
                .body("items[0].labels.en.unit", equalTo("100 million yuan"));
        given().queryParam("lang", "all").when().get("/api/v1/areas/440700").then().statusCode(200)
                .body("names.zh", equalTo("江门市")).body("names.en", equalTo("Jiangmen"));
    }

    @Test
    void acceptLanguageFallsBackToChinese() {
        given().header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8").when().get("/api/v1/areas/440700").then()
                .statusCode(200).body("name", equalTo("Jiangmen")).header("Content-Language", equalTo("en"));
        given().header("Accept-Language", "fr-CH, de;q=0.9").when().get("/api/v1/areas/440700").then()
                .statusCode(200).body("name", equalTo("江门市")).header("Content-Language", equalTo("zh-Hans"));
        given().header("Accept-Language", ";;;q=abc").when().get("/api/v1/areas/440700").then().statusCode(200)
                .body("name", equalTo("江门市")).body("names", nullValue());
        given().queryParam("lang", "en").header("Accept-Language", "zh").when().get("/api/v1/areas/440700").then()
                .statusCode(200).body("name", equalTo("Jiangmen"));
    }

    @Test
    void aLongAcceptLanguageIsReadToItsEnd() {
        // 18 KB of ranges (under the 20 KiB header limit), the one that counts last
        given().header("Accept-Language", "fr;q=0.9, ".repeat(1_800) + "en").when().get("/api/v1/areas/440700").then()
                .statusCode(200).body("name", equalTo("Jiangmen")).header("Content-Language", equalTo("en"));
        given().header("Accept-Language", "en;q=0.5, zh-Hant-TW;q=0.8").when().get("/api/v1/areas/440700").then()
                .statusCode(200).body("name", equalTo("江门市"));
    }
}
