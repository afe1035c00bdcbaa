package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stewards' review page fits the explorer's strict Content-Security-Policy and keeps the token out of storage. */
@QuarkusTest
class IntakeReviewPageTest {

    @Test
    void pageHoldsNoInlineScriptStyleOrHandler() {
        String html = given().when().get("/review.html").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">"), html);
        assertTrue(html.contains("<script type=\"module\" src=\"/explorer/review.js\"></script>"), html);
        assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html).find(), "inline <script>");
        assertFalse(Pattern.compile("<style|\\sstyle=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "inline style or event handler");
    }

    @Test
    void scriptNeverStoresTheTokenNorParsesTheDocumentAsMarkup() {
        String script = given().when().get("/explorer/review.js").then().statusCode(200)
                .contentType(containsString("javascript")).extract().asString();
        for (String forbidden : new String[] {"localStorage", "sessionStorage", "document.cookie", "innerHTML",
                "outerHTML", "insertAdjacentHTML", "eval("}) {
            assertFalse(script.contains(forbidden), forbidden);
        }
    }
}
