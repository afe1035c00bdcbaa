package org.cityindicators;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages depend one way (docs/architecture.md): no cycle between any two of them, and each layer uses only the
 * layers below it. A class that climbs back up, such as a catalogue resource using the figure writer, fails here.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cityindicators");

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.cityindicators.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void layersUseOnlyTheLayersBelow() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("application").definedBy("org.cityindicators")
                .layer("cross-cutting").definedBy("..domain..", "..config..", "..api..", "..db..", "..cache..",
                        "..ratelimit..", "..audit..")
                .layer("catalogue").definedBy("..catalogue..", "..unit..", "..category..", "..area..", "..source..",
                        "..project..", "..indicator..")
                .layer("reading observations").definedBy("..observation..")
                .layer("writing observations").definedBy("..stewardship..")
                .layer("datasets").definedBy("..dataset..")
                .layer("intake").definedBy("..intake..")
                .whereLayer("intake").mayNotBeAccessedByAnyLayer()
                .whereLayer("datasets").mayOnlyBeAccessedByLayers("intake", "application")
                .whereLayer("writing observations").mayOnlyBeAccessedByLayers("datasets", "intake", "application")
                .whereLayer("reading observations").mayOnlyBeAccessedByLayers("writing observations", "datasets", "intake",
                        "application")
                .whereLayer("catalogue").mayOnlyBeAccessedByLayers("reading observations", "writing observations",
                        "datasets", "intake", "application")
                .check(MAIN);
    }

    @Test
    void domainKnowsNothingOfHttpOrSql() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("..domain..")
                .layer("http and sql").definedBy("..api..", "..db..", "..cache..")
                .whereLayer("http and sql").mayNotBeAccessedByAnyLayer()
                .check(MAIN);
    }
}
