package org.cityindicators;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application: ECharts must be in the jar's dependencies. */
@QuarkusIntegrationTest
class ExplorerPageIT extends ExplorerPageTest {
}
