package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cityindicators.dataset.DatasetImporter;
import org.cityindicators.stewardship.DatasetException;
import org.cityindicators.stewardship.ObservationImport;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DatasetImporterTest {

    @Inject
    DatasetImporter importer;

    @Inject
    DataSource dataSource;

    @Test
    void loadingTheShippedDataAgainChangesNothing() throws SQLException {
        String before = fingerprint();
        ObservationImport.Report report = importer.load("data/");
        assertEquals(new ObservationImport.Report(false, 47, 0, 0, 47), report);
        assertEquals(before, fingerprint());
    }

    @Test
    void filesLoadedOnceAreSkippedByTheirChecksum() throws SQLException {
        String before = fingerprint();
        assertNull(importer.loadUnlessLoaded("data/"), "the shipped files were recorded when the service started");
        assertEquals(before, fingerprint());
        assertEquals(1, loadedDatasets());
    }

    @Test
    void filesNotRecordedAreLoadedAndAFailedLoadRecordsNothing() {
        assertThrows(DatasetException.class, () -> importer.loadUnlessLoaded("bad-data/"));
        assertEquals(1, loadedDatasets());
    }

    @Test
    void aFileWithBadRowsIsRejectedWholeWithLineAndColumn() throws SQLException {
        String before = fingerprint();
        DatasetException e = assertThrows(DatasetException.class, () -> importer.load("bad-data/"));
        String message = e.getMessage();
        assertTrue(message.contains("line 3, column scope: budget.general.revenue is a fiscal figure"), message);
        assertTrue(message.contains("line 4, column measure: unknown value 'total'"), message);
        assertTrue(message.contains("line 5, column value: '12,5' is not a decimal number"), message);
        assertTrue(message.contains("line 6, column unit: retail.total is measured in CNY_100M, not PERCENT"), message);
        assertTrue(message.contains("line 7, column value: actual cannot be negative"), message);
        assertTrue(message.contains("line 8, column indicator: unknown indicator 'retail.online'"), message);
        assertTrue(message.contains("line 11, column period: '2023-13' has no month 13 (1 to 12)"), message);
        assertEquals(before, fingerprint(), "a rejected file changes no table, not even the valid rows or the catalogue");
    }

    private long loadedDatasets() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from loaded_dataset")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts and a checksum over every table the importer writes. */
    private String fingerprint() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select (select count(*) from observation), (select md5(string_agg(o::text, '|' order by id)) from observation o),
                            (select md5(string_agg(i::text, '|' order by code)) from indicator i),
                            (select count(*) from area), (select count(*) from source), (select count(*) from unit)""")) {
            rs.next();
            return rs.getString(1) + rs.getString(2) + rs.getString(3) + rs.getString(4) + rs.getString(5) + rs.getString(6);
        }
    }
}
