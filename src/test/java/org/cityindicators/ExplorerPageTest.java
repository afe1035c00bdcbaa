package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer page and its assets over HTTP; ExplorerBrowserIT drives it in a real browser. */
@QuarkusTest
class ExplorerPageTest {

    @Test
    void servesTheExplorerPageAtTheRoot() {
        String html = given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertTrue(html.contains("<script type=\"module\" src=\"/explorer/main.js\"></script>"), html);
        assertTrue(html.contains("<noscript>"), "a message for browsers without JavaScript");
        assertTrue(html.contains("href=\"/q/swagger-ui\"") && html.contains("href=\"/api/v1/observations?format=csv\""),
                "links to the API documentation and the CSV download");
    }

    @Test
    void pageHoldsNoInlineScriptStyleOrHandlerSoThatAStrictContentSecurityPolicyFits() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">"), html);
        assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html).find(), "inline <script>");
        assertFalse(Pattern.compile("<style|\\sstyle=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "inline style or event handler");
    }

    @Test
    void sectionNamesAndOrderComeFromTheCategoriesApiNotFromThePage() {
        given().when().get("/explorer/api.js").then().statusCode(200).body(containsString("'/api/v1/categories'"));
        for (String script : new String[] {"main.js", "model.js", "i18n.js", "catalogue.js", "charts.js"}) {
            String js = given().when().get("/explorer/" + script).then().statusCode(200).extract().asString();
            assertFalse(js.contains("CATEGORY_ORDER") || js.contains("categories: {") || js.contains("'consumption'")
                    || js.contains("Public budget"), script + " names no category and orders none");
        }
    }

    @Test
    void servesEChartsFromTheBuildWithoutItsVersionInThePath() {
        given().when().get("/_static/echarts/dist/echarts.esm.min.js").then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("getInstanceByDom"));
        given().when().get("/explorer/main.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(startsWith("/**"));
        given().when().get("/favicon.svg").then().statusCode(200).contentType(containsString("svg"));
    }
}
