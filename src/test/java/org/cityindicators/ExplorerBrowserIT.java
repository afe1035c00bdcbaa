package org.cityindicators;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer page of the packaged application in real headless Chromium: figures, languages, charts, keyboard and
 * phone width, with no console error (the page declares Content-Security-Policy default-src 'self', so an inline
 * script or style, or an eval, would be one). Leaves full-page screenshots in target/explorer-screenshots.
 */
@QuarkusIntegrationTest
class ExplorerBrowserIT {

    /** Draws nothing itself: asks ECharts (the module the page imported) what each chart holds. */
    private static final String CHART_DATA = """
            const done = arguments[arguments.length - 1];
            import('/_static/echarts/dist/echarts.esm.min.js').then(echarts => done(
                [...document.querySelectorAll('[data-chart]')].map(element => {
                    const canvas = element.querySelector('canvas');
                    const chart = echarts.getInstanceByDom(element);
                    return { id: element.dataset.chart, width: canvas ? canvas.width : 0,
                        height: canvas ? canvas.height : 0, elementWidth: element.getBoundingClientRect().width,
                        texts: chart ? chart.getOption().series.flatMap(s => s.data)
                            .map(d => d && d.text ? d.text : '') : [],
                        rows: chart && chart.getOption().yAxis ? chart.getOption().yAxis[0].data ?? [] : [] };
                })), error => done(String(error)));
            """;

    /**
     * How many texts the charts drew (axis labels, bar labels, legends), and every pair of one chart whose boxes
     * intersect, as "chart: a / b".
     */
    private static final String LABEL_OVERLAPS = """
            const done = arguments[arguments.length - 1];
            let drawn = 0;
            import('/_static/echarts/dist/echarts.esm.min.js').then(echarts => done({ overlaps:
                [...document.querySelectorAll('[data-chart]')].flatMap(element => {
                    const chart = echarts.getInstanceByDom(element);
                    if (!chart) return [];
                    const boxes = chart.getZr().storage.getDisplayList(true)
                        .filter(el => !el.ignore && !el.invisible && el.style && typeof el.style.text === 'string'
                            && el.style.text.trim() !== '')
                        .map(el => {
                            const box = el.getBoundingRect().clone();
                            const transform = el.getComputedTransform();
                            if (transform) box.applyTransform(transform);
                            return { text: String(el.style.text), x: box.x + 1, y: box.y + 1,
                                right: box.x + box.width - 1, bottom: box.y + box.height - 1 };
                        });
                    drawn += boxes.length;
                    const overlaps = [];
                    boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
                        if (a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom) {
                            overlaps.push(element.dataset.chart + ': ' + a.text + ' / ' + b.text);
                        }
                    }));
                    return overlaps;
                }), drawn }), error => done(String(error)));
            """;

    static HeadlessChromium browser;

    @TestHTTPResource("/")
    URL root;

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
    void showsTheFiguresInChineseWithTheirQualifiers() throws IOException {
        browser.open(root + "?lang=zh", "zh");
        String text = browser.find("body").getText();
        assertTrue(text.contains("超过4000亿元"), "GDP 突破4000亿元 is a lower bound");
        assertEquals("1347.90亿元", card("retail.total").findElement(By.className("figure")).getText());
        assertEquals("约1亿元", card("budget.priority.governance").findElement(By.className("figure")).getText());
        assertEquals("zh-Hans", browser.find("html").getDomAttribute("lang"));
        assertTrue(browser.driver.getTitle().contains("江门市"), browser.driver.getTitle());
        browser.screenshot("explorer-zh");
        browser.assertNoConsoleError();
    }

    @Test
    void switchesToEnglishAndBack() throws IOException {
        browser.open(root + "?lang=zh", "zh");
        assertEquals("社会消费品零售总额", card("retail.total").findElement(By.className("card-name")).getText());
        browser.find("#lang-switch button[data-lang='en']").click();
        browser.awaitReady("en");
        assertEquals("Total retail sales of consumer goods",
                card("retail.total").findElement(By.className("card-name")).getText());
        assertTrue(card("gdp").getText().contains("more than 4000"), card("gdp").getText());
        assertEquals("en", browser.find("html").getDomAttribute("lang"));
        assertEquals("true", browser.find("#lang-switch button[data-lang='en']").getDomAttribute("aria-pressed"));
        assertTrue(browser.driver.getCurrentUrl().contains("lang=en"), "the language is kept in the address");
        browser.screenshot("explorer-en");
        browser.find("#lang-switch button[data-lang='zh']").click();
        browser.awaitReady("zh");
        assertEquals("社会消费品零售总额", card("retail.total").findElement(By.className("card-name")).getText());
        browser.assertNoConsoleError();
    }

    @Test
    @SuppressWarnings("unchecked")
    void drawsChartsThatKeepScopesApartAndQualifiersVisible() {
        browser.open(root + "?lang=en", "en");
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.driver.executeAsyncScript(CHART_DATA);
        for (Map<String, Object> chart : charts) {
            assertTrue(((Number) chart.get("width")).intValue() > 0 && ((Number) chart.get("height")).intValue() > 0,
                    "a drawn canvas in " + chart);
            assertFalse(((List<?>) chart.get("texts")).isEmpty(), "series data in " + chart);
        }
        Map<String, List<?>> texts = new java.util.HashMap<>();
        charts.forEach(chart -> texts.put((String) chart.get("id"), (List<?>) chart.get("texts")));
        assertEquals(List.of("1213.11 (+1.7%)", "134.79 (+15.7%)"),
                texts.get("composition-retail.total"));
        assertTrue(texts.get("budget-consolidated").contains("535.81"), texts.toString());
        assertFalse(texts.get("budget-consolidated").contains("132.97"), "city-wide and municipal never mixed");
        assertTrue(texts.get("budget-municipal").contains("132.97"), texts.toString());
        assertFalse(texts.get("budget-municipal").contains("535.81"), "city-wide and municipal never mixed");
        for (Map<String, Object> chart : charts) {
            List<?> rows = (List<?>) chart.get("rows");
            if (((String) chart.get("id")).startsWith("budget-")) {
                assertEquals(rows.size(), new HashSet<>(rows).size(), "no two bars share a name: " + rows);
                if (chart.get("id").equals("budget-consolidated")) {
                    assertTrue(rows.stream().allMatch(row -> row.toString().matches(".*20\\d\\d.*")),
                            "2023 and 2024 on one axis: every row says its year: " + rows);
                }
            }
        }
        assertTrue(texts.get("priorities-municipal-2024").containsAll(List.of("more than 13", "about 1")),
                texts.toString());
        new Actions(browser.driver).moveToElement(browser.find("[data-chart='priorities-municipal-2024']")).perform();
        assertTrue(browser.find("body").getText()
                .contains("Retail sales of goods 1213.11 + Catering revenue 134.79 = Total retail sales of consumer "
                        + "goods 1347.90 100 million yuan"));
        browser.assertNoConsoleError();
    }

    @Test
    void cardsAreReachedByKeyboardAndShowTheirSourceOnFocus() {
        browser.open(root + "?lang=en", "en");
        WebElement retail = card("retail.total");
        WebElement detail = retail.findElement(By.className("card-detail"));
        assertFalse(detail.isDisplayed(), "the source shows on demand only");
        Actions keyboard = new Actions(browser.driver);
        for (int presses = 0; presses < 60 && !retail.equals(browser.driver.switchTo().activeElement()); presses++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertEquals(retail, browser.driver.switchTo().activeElement(), "Tab reaches the retail card");
        assertEquals("solid", browser.script("return getComputedStyle(arguments[0]).outlineStyle", retail),
                "a visible focus ring");
        assertTrue(detail.isDisplayed());
        assertTrue(detail.getText().contains("“全市实现社会消费品零售总额1347.90亿元”"), detail.getText());
        assertTrue(detail.getText().contains("134,790,000,000 yuan"), detail.getText());
        keyboard.sendKeys(Keys.ESCAPE).perform();
        assertFalse(detail.isDisplayed(), "Escape dismisses the source");
        browser.assertNoConsoleError();
    }

    @Test
    void sectionsAreTheCategoriesOfTheApiInTheirOrderAndLanguage() throws IOException {
        List<String> order = given().queryParam("lang", "en").when().get(root + "api/v1/categories")
                .then().statusCode(200).extract().jsonPath().getList("items.name");
        String consumption = given().when().get(root + "api/v1/categories/consumption")
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> renamed = Map.of("nameZh", "消费市场", "nameEn", "Consumer market", "displayOrder", 5);
        String etag = given().auth().oauth2(JwtTestResource.admin()).contentType("application/json")
                .header("If-Match", consumption).body(renamed).when().put(root + "api/v1/categories/consumption")
                .then().statusCode(200).extract().header("ETag");
        try {
            browser.forgetCachedAnswers();
            browser.open(root + "?lang=en", "en");
            List<String> titles = browser.driver.findElements(By.cssSelector("#sections > section[id^='section-'] > h2")).stream()
                    .map(WebElement::getText).toList();
            assertEquals("Consumer market", titles.get(0), "a renamed category moved first by its display order: " + titles);
            List<String> others = titles.subList(1, titles.size());
            assertEquals(order.stream().filter(others::contains).toList(), others, "the API's order");
            browser.open(root + "?lang=zh", "zh");
            assertEquals("消费市场", browser.find("#sections > section[id^='section-'] > h2").getText());
            browser.assertNoConsoleError();
        } finally {
            given().auth().oauth2(JwtTestResource.admin()).contentType("application/json")
                    .header("If-Match", etag).body(Map.of("nameZh", "消费", "nameEn", "Consumption", "displayOrder", 80))
                    .when().put(root + "api/v1/categories/consumption").then().statusCode(200);
        }
    }

    @Test
    void fitsAPhoneScreen() throws IOException {
        browser.viewport(390, 844);
        try {
            browser.open(root + "?lang=en", "en");
            assertEquals(390L, browser.script("return document.documentElement.scrollWidth"),
                    "no sideways scrolling at 390 px");
            for (WebElement chart : browser.driver.findElements(By.cssSelector("[data-chart]"))) {
                int width = chart.getRect().getWidth();
                assertTrue(width > 200 && width <= 390, chart.getDomAttribute("data-chart") + " is " + width + " px");
            }
            WebElement gdp = card("gdp");
            gdp.click();
            assertTrue(gdp.findElement(By.className("card-detail")).isDisplayed(), "a tap shows the source");
            browser.screenshot("explorer-phone-en");
            browser.open(root + "?lang=zh", "zh");
            browser.screenshot("explorer-phone-zh");
            browser.assertNoConsoleError();
        } finally {
            browser.viewport(null, null);
        }
    }

    @Test
    void picksAnAreaWithFiguresAndComparesItWithTheOthers() throws IOException {
        List<String[]> written = List.of(
                write("gdp", "2023", "2000.50", "测试市乙2023年地区生产总值2000.50亿元（测试用，虚构）"),
                write("retail.total", "2024-Q1", "300.00", "测试市乙2024年一季度社会消费品零售总额300.00亿元（测试用，虚构）"));
        try {
            browser.forgetCachedAnswers();
            browser.open(root + "?lang=en&area=440700", "en");
            Select picker = new Select(browser.find("[data-role='area-pick']"));
            assertTrue(browser.find("label.area-pick").isDisplayed(), "two areas have figures: the picker shows");
            List<String> offered = picker.getOptions().stream().map(option -> option.getDomAttribute("value")).toList();
            assertTrue(offered.containsAll(List.of("440700", SECOND_AREA)), offered.toString());
            assertFalse(offered.contains("440000"), "only areas with figures, not the province");
            assertEquals("440700", picker.getFirstSelectedOption().getDomAttribute("value"));
            assertEquals(List.of("more than 4000", "2000.50"), comparisonTexts(),
                    "Jiangmen's GDP beside the second city's, largest first, the lower bound kept");
            browser.screenshot("explorer-comparison-en");

            picker.selectByValue(SECOND_AREA);
            browser.awaitReady("en");
            assertTrue(browser.driver.getCurrentUrl().contains("area=" + SECOND_AREA), browser.driver.getCurrentUrl());
            assertTrue(browser.driver.getTitle().contains("Test City B"), browser.driver.getTitle());
            assertTrue(card("retail.total").getText().contains("Q1 2024"), card("retail.total").getText());
            assertEquals(List.of("more than 4000", "2000.50"), comparisonTexts());

            browser.open(root + "?lang=zh&area=" + SECOND_AREA, "zh");
            assertTrue(card("retail.total").getText().contains("2024年一季度"), card("retail.total").getText());
            assertTrue(browser.find("#comparison").getText().contains("地区比较"));
            browser.assertNoConsoleError();
        } finally {
            written.forEach(figure -> given().auth().oauth2(JwtTestResource.editor()).header("If-Match", figure[1])
                    .queryParam("reason", "test figure").when().delete("/api/v1/observations/" + figure[0])
                    .then().statusCode(200));
        }
        assertFalse(given().queryParam("hasObservations", "true").queryParam("size", "1000").when().get("/api/v1/areas")
                .then().statusCode(200).extract().jsonPath().getList("items.code").contains(SECOND_AREA),
                "its figures are withdrawn: no longer offered");
    }

    static final String SECOND_AREA = "449920";

    /** A made-up figure of a made-up second city, written through the API: its id and ETag. */
    private static String[] write(String indicator, String period, String value, String quote) {
        if (given().when().get("/api/v1/areas/" + SECOND_AREA).statusCode() == 404) {
            given().auth().oauth2(JwtTestResource.admin()).contentType("application/json")
                    .body(Map.of("nameZh", "测试市乙", "nameEn", "Test City B", "level", "prefecture", "parent", "440000"))
                    .when().put("/api/v1/areas/" + SECOND_AREA).then().statusCode(201);
            given().auth().oauth2(JwtTestResource.admin()).contentType("application/json")
                    .body(Map.of("title", "测试市乙数据（测试用，虚构）", "publisher", "测试", "published", "2024-05",
                            "licence", "made up for tests"))
                    .when().put("/api/v1/sources/test-explorer").then().statusCode(201);
        }
        var created = given().auth().oauth2(JwtTestResource.editor()).contentType("application/json")
                .body(Map.of("indicator", indicator, "area", SECOND_AREA, "period", period, "measure", "actual",
                        "value", value, "unit", "CNY_100M", "qualifier", "exact", "source", "test-explorer", "quote", quote))
                .when().post("/api/v1/observations").then().statusCode(201).extract();
        return new String[] {created.jsonPath().getString("id"), created.header("ETag")};
    }

    @SuppressWarnings("unchecked")
    private List<Object> comparisonTexts() {
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.driver.executeAsyncScript(CHART_DATA);
        return charts.stream().filter(chart -> chart.get("id").equals("comparison")).findFirst()
                .map(chart -> (List<Object>) chart.get("texts")).orElseThrow(() -> new AssertionError("no comparison chart"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void chartLabelsNeverOverlapOnADesktopOrAPhoneInEitherLanguage() {
        try {
            for (int[] size : new int[][] {{1400, 900}, {390, 844}}) {
                browser.viewport(size[0], size[1]);
                for (String lang : List.of("zh", "en")) {
                    browser.open(root + "?lang=" + lang, lang);
                    Map<String, Object> labels = (Map<String, Object>) browser.driver.executeAsyncScript(LABEL_OVERLAPS);
                    assertTrue(((Number) labels.get("drawn")).intValue() > 50, "the charts' texts were found: " + labels);
                    assertEquals(List.of(), labels.get("overlaps"), lang + " at " + size[0] + " px");
                }
            }
            browser.assertNoConsoleError();
        } finally {
            browser.viewport(null, null);
        }
    }

    @Test
    void theChinesePageIsInChinese() {
        browser.open(root + "?lang=zh", "zh");
        String sources = browser.find("#sources").getText();
        assertFalse(sources.contains("Figures are official statistics"), sources);
        assertTrue(sources.contains("官方统计数据"), sources);
    }

    private static WebElement card(String indicator) {
        WebElement card = browser.find(".card[data-indicator='" + indicator + "']");
        assertNotNull(card);
        return card;
    }
}
