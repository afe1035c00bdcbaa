package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** A change of the data, from any writer, changes every ETag (the database announces it on dataset_changed). */
@QuarkusTest
class DataChangeTest {

    @Inject
    DataSource dataSource;

    @Test
    void aWriteMakesTheOldETagStale() throws InterruptedException {
        String before = given().when().get(HttpCachingTest.LATEST).then().statusCode(200).extract().header("ETag");
        try {
            GeneratedData.monthlyFigures(dataSource, 1, 1);
            for (int attempt = 0; attempt < 50; attempt++) {
                int status = given().header("If-None-Match", before).when().get(HttpCachingTest.LATEST).then()
                        .extract().statusCode();
                if (status == 200) {
                    String after = given().when().get(HttpCachingTest.LATEST).then().extract().header("ETag");
                    assertNotEquals(before, after);
                    return;
                }
                Thread.sleep(100);
            }
            fail("the ETag did not change within 5 s of a committed write");
        } finally {
            GeneratedData.clear(dataSource);
        }
    }
}
