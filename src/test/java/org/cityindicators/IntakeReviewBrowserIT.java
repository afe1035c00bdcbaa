package org.cityindicators;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The stewards' review page of the packaged application in real headless Chromium: a made-up document is drafted,
 * every highlight covers exactly its candidate's quote, a candidate is accepted and published and its figure is then
 * served by the API; an HTML document's scripts never run and its markup is never rendered as markup.
 */
@QuarkusIntegrationTest
class IntakeReviewBrowserIT {

    private static final String HIGHLIGHT = """
            return [...document.querySelectorAll('#doc span[data-c]')]
                .filter(s => s.dataset.c.includes(' ' + arguments[0] + ' ')).map(s => s.textContent).join('')""";

    /** An existing source, so that the catalogue gains none; the published figure is withdrawn at the end. */
    private static final String SOURCE = "jmdaily-2024-02-budget-report";

    static HeadlessChromium browser;

    @TestHTTPResource("/review.html")
    URL page;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.installed() ? HeadlessChromium.start() : null;
    }

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(browser != null, HeadlessChromium.MISSING);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void highlightsEachQuoteThenAcceptsAndPublishes() throws IOException {
        long id = draft("review-made-up.txt", "text/plain");
        List<Map<String, Object>> candidates = given().auth().oauth2(JwtTestResource.editor()).when()
                .get("/api/v1/intakes/" + id).then().statusCode(200).extract().jsonPath().getList("candidates");
        assertFalse(candidates.isEmpty());
        for (Map<String, Object> c : candidates) {
            assertEquals(c.get("quote"), browser.script(HIGHLIGHT, c.get("ordinal")), "highlight of " + c);
        }
        Map<String, Object> revenue = candidates.stream().filter(c -> "123.45".equals(c.get("value"))).findFirst().orElseThrow();
        WebElement card = browser.find(".candidate[data-ordinal='" + revenue.get("ordinal") + "']");
        card.findElement(By.className("accept")).click();
        await(() -> browser.find(".candidate[data-ordinal='" + revenue.get("ordinal") + "']").getDomAttribute("class")
                .contains("accepted"));
        browser.find("#publish").click();
        await(() -> browser.find("#status").getText().startsWith("Published: 1 new"));
        long figure = given().when().get("/api/v1/observations?indicator=budget.general.revenue&area=440704").then()
                .statusCode(200).body("items.value", contains(123.45f)).body("items.quote", contains(revenue.get("quote")))
                .extract().jsonPath().getLong("items[0].id");
        browser.screenshot("review-en");
        browser.assertNoConsoleError();
        String etag = given().when().get("/api/v1/observations/" + figure).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(JwtTestResource.editor()).header("If-Match", etag).queryParam("reason", "made-up test figure")
                .when().delete("/api/v1/observations/" + figure).then().statusCode(200);
    }

    @Test
    void anHtmlDocumentsScriptsNeverRunAndItsMarkupStaysText() throws IOException {
        long id = draft("review-made-up.html", "text/html");
        assertNull(browser.script("return window.pwned ?? window.pwnedHead ?? window.pwnedText ?? null"));
        assertEquals(0L, browser.script("return document.querySelectorAll('#doc script, #doc b').length"));
        String shown = browser.find("#doc").getText();
        assertTrue(shown.contains("<script>window.pwnedText = 1</script> <b>not bold</b>"), shown);
        assertFalse(shown.contains("pwned = 1"), "the page's own script is not part of its text: " + shown);
        JsonPath intake = given().auth().oauth2(JwtTestResource.editor()).when().get("/api/v1/intakes/" + id).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(intake.getString("document"), browser.script("return document.getElementById('doc').textContent"));
        assertFalse(browser.driver.getTitle().contains("pwned"));
        browser.assertNoConsoleError();
    }

    /** Opens the page in English, types the token, fills the form with a document and drafts it; the intake's id. */
    private long draft(String document, String type) {
        browser.open(page + "?lang=en", "en");
        browser.find("#token").sendKeys(JwtTestResource.editor());
        browser.script("""
                const [values, text, type] = arguments;
                for (const [id, value] of Object.entries(values)) { document.getElementById(id).value = value; }
                document.getElementById('document-input').value = text;
                document.getElementById('content-type').value = type;""",
                Map.of("title", "Made-up report", "publisher", "Test daily", "published", "2024-02", "source", SOURCE,
                        "area", "440704", "reference-date", "2024-02-01"), read(document), type);
        browser.find("#draft").click();
        await(() -> browser.find("#review").isDisplayed() && !browser.driver.findElements(By.cssSelector(".candidate")).isEmpty());
        assertTrue(browser.find("#status").getText().startsWith("Drafted"), browser.find("#status").getText());
        assertFalse(browser.find("#intake-form").getText().contains("=>"), "every label is a word");
        return Long.parseLong(browser.find("#review").getDomAttribute("data-intake"));
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }

    private static String read(String name) {
        try (InputStream in = IntakeReviewBrowserIT.class.getResourceAsStream("/intake/service/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
