package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** ETags and Last-Modified never let a client keep a copy of an answer that has changed. */
@QuarkusTest
class ValidatorsTest {

    static final String LATEST = HttpCachingTest.LATEST;
    static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    DataSource dataSource;

    @Test
    void twoChangesInOneSecondLeaveNoCopyNotModified() {
        String etag = given().when().get(LATEST).then().statusCode(200).extract().header("ETag");
        for (int attempt = 0; attempt < 20; attempt++) {
            touch();
            Response first = changed(LATEST, etag);
            touch();
            Response second = changed(LATEST, first.header("ETag"));
            etag = second.header("ETag");
            if (first.header("Last-Modified").equals(second.header("Last-Modified"))) {
                // a client holding the first answer cannot tell it from the second by date
                given().header("If-Modified-Since", first.header("Last-Modified")).when().get(LATEST).then()
                        .statusCode(200).header("ETag", etag);
                return;
            }
        }
        fail("no two changes fell in one second in 20 tries");
    }

    @Test
    void aChangeInASecondOfItsOwnIsNotModifiedSinceThatSecond() {
        String etag = given().when().get(LATEST).then().statusCode(200).extract().header("ETag");
        String[] last = {etag};
        // a change that fell in a second of its own: the previous one was in an earlier second
        Response current = await().atMost(Duration.ofSeconds(20)).until(() -> {
            touch();
            Response seen = changed(LATEST, last[0]);
            last[0] = seen.header("ETag");
            return seen;
        }, seen -> previousChangeInAnEarlierSecond());
        etag = last[0];
        Instant lastModified = Instant.from(IMF_FIXDATE.parse(current.header("Last-Modified")));
        for (int i = 0; i < 2; i++) { // the second from the response cache
            given().header("If-Modified-Since", current.header("Last-Modified")).when().get(LATEST).then().statusCode(304)
                    .header("ETag", etag);
        }
        given().header("If-Modified-Since", IMF_FIXDATE.format(lastModified.minusSeconds(1))).when().get(LATEST)
                .then().statusCode(200);
        given().header("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT").when().get(LATEST).then().statusCode(200);
    }

    @Test
    void theChangeBeforeIsThatOfTheTransactionBefore() throws SQLException {
        Instant before = state()[0];
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("update area set name_en = name_en where code = '440700'");
            st.execute("update area set name_zh = name_zh where code = '440700'");
            c.commit();
        }
        Instant[] transaction = state();
        assertEquals(before, transaction[1], "two statements of one transaction are one change");
        touch();
        assertEquals(transaction[0], state()[1]);
    }

    @Test
    void lastModifiedIsWrittenAsImfFixdate() {
        GeneratedData.execute(dataSource, "update dataset_state set version = version + 1, "
                + "modified_at = timestamptz '2026-12-02 08:09:07.5+00'", "select pg_notify('dataset_changed', 'test')");
        await().atMost(Duration.ofSeconds(5)).until(() -> given().when().get(LATEST).then().statusCode(200).extract()
                .header("Last-Modified"), "Wed, 02 Dec 2026 08:09:07 GMT"::equals);
    }

    /** A change of the data made outside the service, which it learns of on the channel dataset_changed. */
    private void touch() {
        GeneratedData.execute(dataSource, "update area set name_en = name_en where code = '440700'");
    }

    /** The answer at the URL once its ETag is no longer {@code etag}: the service has seen the change. */
    private static Response changed(String url, String etag) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> given().when().get(url).then().statusCode(200).extract()
                .response(), answer -> !etag.equals(answer.header("ETag")));
    }

    /** When the data changed last and the time before, as dataset_state says. */
    private Instant[] state() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select modified_at, previous_modified_at from dataset_state")) {
            rs.next();
            return new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()};
        }
    }

    private boolean previousChangeInAnEarlierSecond() {
        try {
            Instant[] state = state();
            return state[1].getEpochSecond() < state[0].getEpochSecond();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
