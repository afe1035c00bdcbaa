package org.cityindicators;

import org.cityindicators.api.ProblemMappers;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Database failures that only a real outage produces (scripts/faults.sh), classified without one. */
class ProblemMappersTest {

    @Test
    void aConnectionClosedByAShuttingDownServerIsARetryable503() {
        for (String state : new String[]{"57P01", "57P02", "57P03", "08006"}) {
            var response = new ProblemMappers().unexpected(new IllegalStateException(
                    new SQLException("FATAL: terminating connection due to administrator command", state)), null);
            assertEquals(503, response.getStatus(), state);
            assertEquals("5", response.getHeaderString("Retry-After"), state);
        }
    }
}
