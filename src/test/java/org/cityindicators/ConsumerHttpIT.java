package org.cityindicators;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The consumers' HTTP details on the packaged jar. */
@QuarkusIntegrationTest
class ConsumerHttpIT extends ConsumerHttpTest {
}
