package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every CSV the service writes neutralises formulas in text cells (OWASP), keeps numbers numeric, and imports back. */
@QuarkusTest
class CsvFormulaTest {

    static final String INDICATOR = "test.formula.sales";
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1,1)", "\t=1+1", "'=already quoted");
    /** What is stored: the import trims cells and reads a neutralised cell back without its quote. */
    static final List<String> STORED = List.of("=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1,1)", "=1+1", "=already quoted", "下降1.1%");
    static final Set<String> NUMBER_COLUMNS = Set.of("value", "value_base", "figure_id");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void indicator() {
        GeneratedData.indicator(dataSource, INDICATOR, "@测试", "=1+1");
        StringBuilder csv = new StringBuilder(ImportTest.HEADER);
        for (int i = 0; i < FORMULAS.size(); i++) {
            csv.append(INDICATOR).append(",440703,,,").append(2010 + i).append(",actual,1.50,CNY_100M,exact,jmdaily-2024-02-gdp,\"")
                    .append(FORMULAS.get(i).replace("\"", "\"\"")).append("\"\n");
        }
        csv.append(INDICATOR).append(",440703,,,2023,yoy_growth,-1.1,PERCENT,exact,jmdaily-2024-02-gdp,下降1.1%\n");
        Imports.csv(csv.toString()).statusCode(200).body("inserted", equalTo(STORED.size()));
    }

    @AfterEach
    void clear() {
        GeneratedData.clearWrites(dataSource);
    }

    @Test
    void formulasInTextCellsAreNeutralisedAndTheExportImportsBackUnchanged() throws IOException {
        given().queryParam("indicator", INDICATOR).queryParam("size", 100).when().get("/api/v1/observations").then()
                .body("items.quote", containsInAnyOrder(STORED.toArray()));
        byte[] export = given().queryParam("indicator", INDICATOR).queryParam("format", "csv").queryParam("bom", "false")
                .when().get("/api/v1/observations").then().statusCode(200).extract().asByteArray();
        List<CSVRecord> records = parse(new String(export, StandardCharsets.UTF_8));
        assertEquals(STORED.size(), records.size());
        for (CSVRecord record : records) {
            assertSafe(record);
            assertEquals("'=1+1", record.get("indicator_name_en"));
            assertEquals("'@测试", record.get("indicator_name_zh"));
        }
        assertTrue(records.stream().anyMatch(r -> r.get("value").equals("-1.1") && r.get("measure").equals("yoy_growth")),
                "a negative growth stays a number");
        assertTrue(records.stream().anyMatch(r -> r.get("quote").equals("'-2+3")));
        Imports.post("text/csv", export).statusCode(200).body("revised", equalTo(0)).body("unchanged", equalTo(STORED.size()));
        byte[] series = given().queryParam("area", "440703").queryParam("format", "csv")
                .when().get("/api/v1/indicators/" + INDICATOR + "/series").then().statusCode(200).extract().asByteArray();
        parse(new String(series, StandardCharsets.UTF_8).replace("\uFEFF", "")).forEach(CsvFormulaTest::assertSafe);
    }

    @Test
    void theDataPackageNeutralisesFormulasAndKeepsNegativeNumbers() throws IOException {
        Map<String, String> files = DownloadTest.unzip(given().when().get("/api/v1/download").then().statusCode(200).extract().asByteArray());
        List<CSVRecord> figures = parse(files.get("observations.csv")).stream()
                .filter(r -> r.get("indicator").equals(INDICATOR)).toList();
        assertEquals(STORED.size(), figures.size());
        figures.forEach(CsvFormulaTest::assertSafe);
        assertTrue(figures.stream().anyMatch(r -> r.get("value").equals("-1.1")), "a negative growth stays a number");
        assertTrue(figures.stream().anyMatch(r -> r.get("value_base").equals("150000000")), "value_base stays a number");
        CSVRecord indicator = parse(files.get("indicators.csv")).stream().filter(r -> r.get("code").equals(INDICATOR))
                .findFirst().orElseThrow();
        assertEquals("'=1+1", indicator.get("name_en"));
        assertEquals("'@测试", indicator.get("name_zh"));
    }

    /** No text cell starts a formula; a number column holds a plain number. */
    static void assertSafe(CSVRecord record) {
        for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
            String text = cell.getValue();
            if (NUMBER_COLUMNS.contains(cell.getKey())) {
                assertTrue(text.matches("(-?[0-9]+(\\.[0-9]+)?)?"), cell.getKey() + " is a number: " + text);
            } else {
                assertTrue(text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0, cell.getKey() + " starts a formula: " + text);
            }
        }
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }
}
