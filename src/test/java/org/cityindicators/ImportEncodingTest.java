package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import reads a file in the charset it declares, strictly, and answers a malformed file with a problem. */
@QuarkusTest
class ImportEncodingTest {

    static final String INDICATOR = "test.encoding.sales";
    static final String QUOTE = "江门市社会消费品零售总额（测试）";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void indicator() {
        GeneratedData.indicator(dataSource, INDICATOR, "测试", "Test");
    }

    @AfterEach
    void clear() {
        GeneratedData.clearWrites(dataSource);
    }

    static String row(int year, String quote) {
        return INDICATOR + ",440703,,," + year + ",actual,1.50,CNY_100M,exact,jmdaily-2024-02-gdp," + quote + "\n";
    }

    static List<String> quotes() {
        return given().queryParam("indicator", INDICATOR).when().get("/api/v1/observations").then().statusCode(200)
                .extract().jsonPath().getList("items.quote");
    }

    @Test
    void aCsvIsDecodedByTheCharsetItDeclares() {
        String csv = ImportTest.HEADER + row(2023, QUOTE);
        Imports.post("text/csv; charset=GBK", csv.getBytes(Charset.forName("GBK"))).statusCode(200).body("inserted", equalTo(1));
        Imports.post("text/csv; charset=\"utf-16\"", (ImportTest.HEADER + row(2022, QUOTE)).getBytes(StandardCharsets.UTF_16))
                .statusCode(200).body("inserted", equalTo(1));
        Imports.post("text/csv", ("\uFEFF" + ImportTest.HEADER + row(2021, QUOTE)).getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("inserted", equalTo(1));
        Imports.post("application/json", ("\uFEFF[{\"indicator\":\"" + INDICATOR + "\",\"area\":\"440703\",\"period\":\"2020\","
                + "\"measure\":\"actual\",\"value\":1.50,\"unit\":\"CNY_100M\",\"qualifier\":\"exact\","
                + "\"source\":\"jmdaily-2024-02-gdp\",\"quote\":\"" + QUOTE + "\"}]").getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("inserted", equalTo(1));
        assertEquals(List.of(QUOTE, QUOTE, QUOTE, QUOTE), quotes());
    }

    @Test
    void bytesThatAreNotTextInTheDeclaredCharsetAreRefusedWithTheirLine() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes((ImportTest.HEADER + row(2021, QUOTE) + row(2022, "坏").trim()).getBytes(StandardCharsets.UTF_8));
        body.write(0xC3);
        body.write(0x28);
        body.writeBytes(("\n" + row(2023, QUOTE)).getBytes(StandardCharsets.UTF_8));
        for (String type : List.of("text/csv", "text/csv; charset=UTF-8")) {
            Imports.post(type, body.toByteArray()).statusCode(422).contentType("application/problem+json")
                    .body("errors[0].line", equalTo(3)).body("errors[0].message", containsString("UTF-8"));
        }
        Imports.post("text/csv", (ImportTest.HEADER + row(2023, QUOTE)).getBytes(Charset.forName("GBK"))).statusCode(422)
                .body("errors[0].line", equalTo(2));
        Imports.post("text/csv; charset=US-ASCII", (ImportTest.HEADER + row(2023, QUOTE)).getBytes(StandardCharsets.UTF_8))
                .statusCode(422).body("errors[0].line", equalTo(2)).body("errors[0].message", containsString("US-ASCII"));
        Imports.csv(ImportTest.HEADER + row(2021, QUOTE) + row(2022, "a\u0000b")).statusCode(422)
                .body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo("quote"));
        assertEquals(List.of(), quotes());
    }

    @Test
    void anUnknownCharsetIsRefusedNamingIt() {
        byte[] csv = (ImportTest.HEADER + row(2023, QUOTE)).getBytes(StandardCharsets.UTF_8);
        Imports.post("text/csv; charset=x-no-such-charset", csv).statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("x-no-such-charset"));
        Imports.post("text/csv; charset=\"no such/charset\"", csv).statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("no such/charset"));
        assertEquals(List.of(), quotes());
    }

    @Test
    void anEmptyHeaderColumnIsIgnoredWhileItsCellsAreEmpty() {
        String header = ImportTest.HEADER.replace("\n", ",\n");
        Imports.csv(header + row(2022, QUOTE).replace("\n", ",\n")).statusCode(200).body("inserted", equalTo(1));
        Imports.csv(header + row(2023, QUOTE).replace("\n", ",\n") + row(2024, QUOTE).replace("\n", ",stray\n"))
                .statusCode(422).body("errors[0].line", equalTo(3)).body("errors[0].message", containsString("no name"));
        Imports.csv(ImportTest.HEADER.replace("quote", "quote,quote") + row(2023, QUOTE).replace("\n", ",again\n"))
                .statusCode(422).body("errors[0].line", equalTo(1)).body("errors[0].message", containsString("quote"));
        Imports.csv(",,\n,,\n").statusCode(422).body("errors[0].line", equalTo(1));
        assertEquals(List.of(QUOTE), quotes());
    }

    @Test
    void randomBytesAreRefusedWithAProblem() {
        Random random = new Random(20261202);
        for (int i = 0; i < 40; i++) {
            byte[] noise = new byte[1 + random.nextInt(2048)];
            random.nextBytes(noise);
            ByteArrayOutputStream afterHeader = new ByteArrayOutputStream();
            afterHeader.writeBytes(ImportTest.HEADER.getBytes(StandardCharsets.UTF_8));
            afterHeader.writeBytes(noise);
            for (String type : List.of("text/csv", "text/csv; charset=ISO-8859-1", "application/json")) {
                for (byte[] body : List.of(noise, afterHeader.toByteArray())) {
                    var answer = Imports.post(type, body).extract();
                    assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, type + ": " + answer.statusCode()
                            + " " + answer.asString());
                    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
                }
            }
        }
        given().when().get("/api/v1/observations").then().body("total", equalTo(47));
    }
}
