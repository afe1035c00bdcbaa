package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.cityindicators.cache.ResponseCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response cache holds no more than its bound, counting every byte it keeps (keys and headers too), and keys
 * answers on what they depend on: clients whose headers differ but ask for the same answer share one entry.
 */
@QuarkusTest
@TestProfile(ResponseCacheBoundTest.Small.class)
class ResponseCacheBoundTest {

    static final long BOUND = 64 * 1024;
    static final String URL = "/api/v1/indicators?size=1&q=zzzz";

    /** A cache of 64 KiB. */
    public static class Small implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("indicators.http.response-cache-bytes", Long.toString(BOUND));
        }
    }

    @Inject
    ResponseCache cache;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyCache() {
        // a change of the data empties the cache
        GeneratedData.execute(dataSource, "update area set name_en = name_en where code = '440700'");
        await().atMost(Duration.ofSeconds(5)).until(() -> cache.size() == 0);
    }

    @Test
    void distinctAcceptLanguagesOfOneLanguageShareOneEntry() {
        String pad = "a".repeat(19_000);
        given().header("Accept-Language", "en-0" + pad).when().get(URL).then().statusCode(200);
        awaitEntries(1);
        for (int i = 1; i <= 100; i++) {
            given().header("Accept-Language", "en-" + i + pad).when().get(URL).then().statusCode(200)
                    .header("Content-Language", "en");
        }
        assertEquals(1, cache.size(), "one answer, kept once");
        assertTrue(cache.bytes() < 8 * 1024, "no Accept-Language is kept: " + cache.bytes() + " bytes");
    }

    @Test
    void manyDistinctLongUrlsNeverHoldMoreThanTheBound() {
        String pad = "p".repeat(3_000);
        long before = cache.bytes();
        int entries = cache.size();
        given().queryParam("pad", pad).when().get(URL).then().statusCode(200);
        awaitEntries(entries + 1);
        assertTrue(cache.bytes() - before > 6_000, "the key is counted: " + (cache.bytes() - before) + " bytes");
        long largest = 0;
        for (int i = 0; i < 40; i++) {
            given().queryParam("pad", i + pad).when().get(URL).then().statusCode(200);
            largest = Math.max(largest, cache.bytes());
            assertTrue(cache.bytes() <= BOUND, "request " + i + ": " + cache.bytes() + " bytes held");
        }
        // 40 answers of over 6 KB each (their keys hold the padding) do not fit: the cache emptied and refilled
        assertTrue(largest > BOUND / 2, "the cache filled up: " + largest);
        assertTrue(cache.size() <= BOUND / 6_000, cache.size() + " answers in " + BOUND + " bytes");
    }

    /** Waits until the cache holds at least this many answers (an answer is kept once written out). */
    private void awaitEntries(int entries) {
        await().atMost(Duration.ofSeconds(5)).until(() -> cache.size() >= entries);
    }

}
