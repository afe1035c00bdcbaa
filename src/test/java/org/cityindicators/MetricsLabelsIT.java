package org.cityindicators;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class MetricsLabelsIT extends MetricsLabelsTest {
}
