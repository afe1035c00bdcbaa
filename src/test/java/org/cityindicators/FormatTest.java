package org.cityindicators;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import no.ssb.jsonstat.JsonStatModule;
import no.ssb.jsonstat.v2.Dataset;
import no.ssb.jsonstat.v2.DatasetBuildable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FormatTest {

    @Test
    void csvDownloadOfEverythingKeepsDecimalsAndChinese() throws IOException {
        byte[] body = given().queryParam("format", "csv").when().get("/api/v1/observations").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("observations.csv"))
                .extract().asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]),
                "a byte order mark lets spreadsheets see UTF-8");
        List<CSVRecord> rows = parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertEquals(47, rows.size());
        CSVRecord retail = rows.stream().filter(r -> r.get("indicator").equals("retail.total") && r.get("measure").equals("actual"))
                .findFirst().orElseThrow();
        assertEquals("1347.90", retail.get("value"));
        assertEquals("社会消费品零售总额", retail.get("indicator_name_zh"));
        assertEquals("Total retail sales of consumer goods", retail.get("indicator_name_en"));
        assertEquals("134790000000", retail.get("value_base"));
        assertEquals("全市实现社会消费品零售总额1347.90亿元", retail.get("quote"));
        CSVRecord gdp = rows.stream().filter(r -> r.get("indicator").equals("gdp")).findFirst().orElseThrow();
        assertEquals("more_than", gdp.get("qualifier"));
        assertEquals("", gdp.get("scope"));
    }

    @Test
    void csvIsChosenByAcceptAndCanOmitTheByteOrderMark() throws IOException {
        String body = given().accept("text/csv").queryParam("bom", "false").queryParam("indicator", "budget.general.total_expenditure")
                .when().get("/api/v1/observations").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        assertTrue(body.startsWith("indicator,area,"), body);
        assertTrue(body.contains("\r\n"), "RFC 4180 lines end with CRLF");
        List<CSVRecord> rows = parse(body);
        assertEquals(List.of("consolidated:535.81", "municipal:132.97"),
                rows.stream().map(r -> r.get("scope") + ":" + r.get("value")).toList());
    }

    @Test
    void seriesAsCsv() throws IOException {
        String body = given().queryParam("format", "csv").queryParam("bom", "false").queryParam("area", "440700")
                .when().get("/api/v1/indicators/gdp/series").then().statusCode(200).extract().asString();
        List<CSVRecord> rows = parse(body.replace("\uFEFF", ""));
        assertEquals(1, rows.size());
        assertEquals("4000", rows.get(0).get("value"));
    }

    @Test
    void jsonStatDatasetOfGdpAndRetailReadsBackWithAJsonStatReader() throws IOException {
        String json = given().queryParam("format", "jsonstat").queryParam("lang", "en")
                .queryParam("indicator", "gdp,retail.total,retail.goods,retail.catering")
                .when().get("/api/v1/observations").then().statusCode(200)
                .contentType(startsWith("application/vnd.json-stat+json"))
                .body("version", equalTo("2.0")).body("class", equalTo("dataset"))
                .body("status.0", equalTo("more_than"))
                .body("role.metric", equalTo(List.of("metric"))).body("role.geo", equalTo(List.of("subject")))
                .body("role.time", equalTo(List.of("period"))).body("id", equalTo(List.of("metric", "scope", "subject", "period")))
                .body("dimension.metric.category.unit.'retail.total:actual'.label", equalTo("100 million yuan"))
                .body("dimension.metric.category.unit.'retail.total:actual'.decimals", equalTo(2))
                .body("source", containsString("2023年GDP突破4000亿元"))
                .extract().asString();
        assertTrue(json.contains("1347.90"), "values keep their published decimals");
        Dataset dataset = readJsonStat(json);
        Map<List<String>, Number> values = dataset.asMap();
        assertEquals(new BigDecimal("4000").stripTrailingZeros(), decimal(values.get(List.of("gdp:actual", "none", "440700", "2023"))));
        assertEquals(new BigDecimal("1347.9"), decimal(values.get(List.of("retail.total:actual", "none", "440700", "2023"))));
        assertEquals(new BigDecimal("15.7"), decimal(values.get(List.of("retail.catering:yoy_growth", "none", "440700", "2023"))));
        assertEquals(7, values.values().stream().filter(v -> v != null).count());
        assertEquals("Gross domestic product (actual)", dataset.getDimension().get("metric").getCategory().getLabel().get("gdp:actual"));
    }

    @Test
    void jsonStatSeriesByAcceptHeader() throws IOException {
        String json = given().accept("application/vnd.json-stat+json").queryParam("area", "440700")
                .queryParam("scope", "consolidated").queryParam("measure", "yoy_growth")
                .when().get("/api/v1/indicators/budget.general.revenue/series").then().statusCode(200).extract().asString();
        Map<List<String>, Number> values = readJsonStat(json).asMap();
        assertEquals(new BigDecimal("5.4"),
                decimal(values.get(List.of("budget.general.revenue:yoy_growth", "consolidated", "440700", "2023"))));
    }

    @Test
    void unknownFormatIs400AndUnproducibleAcceptIs406() {
        given().queryParam("format", "xml").when().get("/api/v1/observations").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("format"));
        given().accept("application/xml").when().get("/api/v1/observations").then().statusCode(406)
                .contentType("application/problem+json");
        given().accept("text/csv").when().get("/api/v1/indicators").then().statusCode(406);
    }

    static Dataset readJsonStat(String json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new GuavaModule()).registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule()).registerModule(new JsonStatModule());
        return mapper.readValue(json, DatasetBuildable.class).build();
    }

    /** The reader gives doubles; compared as decimals they must equal the published value exactly. */
    private static BigDecimal decimal(Number number) {
        return number == null ? null : new BigDecimal(number.toString()).stripTrailingZeros();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }
}
