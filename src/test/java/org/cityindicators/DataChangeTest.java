package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A change of the data, from any writer, changes every ETag (the database announces it on dataset_changed). */
@QuarkusTest
class DataChangeTest {

    @Inject
    DataSource dataSource;

    @Test
    void aWriteMakesTheOldETagStale() {
        String before = given().when().get(HttpCachingTest.LATEST).then().statusCode(200).extract().header("ETag");
        try {
            GeneratedData.monthlyFigures(dataSource, 1, 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> given().header("If-None-Match", before)
                    .when().get(HttpCachingTest.LATEST).then().extract().statusCode() == 200);
            assertNotEquals(before, given().when().get(HttpCachingTest.LATEST).then().extract().header("ETag"));
        } finally {
            GeneratedData.clear(dataSource);
        }
    }
}
