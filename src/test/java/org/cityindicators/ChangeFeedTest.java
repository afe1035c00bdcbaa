package org.cityindicators;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Server-Sent Events feed delivers a change committed after a dashboard connected, and resumes by event id. */
@QuarkusTest
class ChangeFeedTest {

    @TestHTTPResource("/api/v1/changes")
    URL changes;

    @Inject
    DataSource dataSource;

    private CompletableFuture<HttpResponse<Stream<String>>> connection;

    @AfterEach
    void clear() {
        if (connection != null) {
            connection.cancel(true);
        }
        GeneratedData.execute(dataSource, "delete from audit_log where actor = 'erin.editor'");
        GeneratedData.clear(dataSource);
    }

    @Test
    void aChangeCommittedAfterConnectingArrivesAndAReconnectResumesAfterTheLastEvent() throws Exception {
        GeneratedData.execute(dataSource, "insert into indicator (code, name_zh, name_en, category, unit_code, scoped) "
                + "values ('test.feed.sales', '测试', 'Test', 'population', 'CNY_100M', false)");
        BlockingQueue<String> lines = listen(null);
        assertTrue(lines.poll(10, TimeUnit.SECONDS).startsWith(":"), "the stream opens with a keep-alive comment");

        var created = StewardshipTest.create(java.util.Map.of("indicator", "test.feed.sales", "area", "440703", "period", "2023",
                "measure", "actual", "value", "12.30", "unit", "CNY_100M", "qualifier", "exact",
                "source", "jmdaily-2024-02-gdp", "quote", "测试"));
        long version = Long.parseLong(created.header("ETag").replaceAll("^\"([0-9]+)-.*$", "$1"));

        String id = next(lines, "id:");
        assertEquals("id:" + version, id.replace(" ", ""));
        assertEquals("event:observation", next(lines, "event:").replace(" ", ""));
        String data = next(lines, "data:");
        assertTrue(data.contains("\"valueText\":\"12.30\"") && data.contains("\"indicator\":\"test.feed.sales\""), data);

        connection.cancel(true);
        BlockingQueue<String> resumed = listen(Long.toString(version - 1));
        assertEquals("id:" + version, next(resumed, "id:").replace(" ", ""), "events after Last-Event-ID are replayed");
    }

    private BlockingQueue<String> listen(String lastEventId) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(changes.toString()))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        connection = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = connection.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (UncheckedIOException e) {
                lines.add("closed: " + e.getMessage()); // the stream ends when a later test stops the database
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String next(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        assertNotNull(null, "no line starting with " + prefix + " within 10 s");
        return null;
    }
}
