package org.cityindicators;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The system's Chromium (Debian packages chromium and chromium-driver), headless, driven by Selenium with the
 * installed chromedriver: no browser or driver is ever downloaded.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");
    static final String MISSING = "Browser tests skipped: no Chromium at " + CHROMIUM
            + " (apt-get install chromium chromium-driver; .ci/run installs both)";

    final ChromeDriver driver;
    private final Path profile;
    private int[] phone;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether the browser is installed; the tests skip themselves, saying why, where it is not. */
    static boolean installed() {
        if (!Files.isExecutable(CHROMIUM)) {
            System.err.println("WARNING: " + MISSING);
            return false;
        }
        return true;
    }

    /** Starts Chromium. */
    static HeadlessChromium start() throws IOException {
        assertTrue(Files.isExecutable(CHROMEDRIVER), "Chromium is installed but " + CHROMEDRIVER
                + " is not: apt-get install chromium-driver");
        Path profile = Files.createTempDirectory("explorer-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    /** Opens a URL and waits until the page has rendered the figures in that language. */
    void open(String url, String lang) {
        consoleErrors();
        driver.get(url);
        awaitReady(lang);
    }

    void awaitReady(String lang) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String ready = d.findElement(By.tagName("body")).getDomAttribute("data-ready");
            if ("error".equals(ready)) {
                throw new AssertionError("the page failed: " + d.findElement(By.id("status")).getText());
            }
            return lang.equals(ready);
        });
    }

    /** Forgets the answers the browser keeps while fresh (max-age): a new visitor's browser has none. */
    void forgetCachedAnswers() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** The console's errors (failed requests, exceptions, Content-Security-Policy violations) since last asked. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    void assertNoConsoleError() {
        assertEquals(List.of(), consoleErrors(), "errors in the browser console");
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Emulates a phone-sized screen (390 × 844), or the desktop window again with null. */
    void viewport(Integer width, Integer height) {
        phone = width == null ? null : new int[] {width, height};
        if (phone == null) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            emulate(width, height);
        }
    }

    private void emulate(long width, long height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", phone != null));
    }

    /**
     * A PNG of the whole page in target/explorer-screenshots: the screen is made as tall as the page, at the same
     * width (capturing "beyond the viewport" instead would resize the charts as if on a narrow screen).
     */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        long width = ((Number) script("return window.innerWidth")).longValue();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        int[] before = phone;
        emulate(width, height);
        try {
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } finally {
            viewport(before == null ? null : before[0], before == null ? null : before[1]);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
