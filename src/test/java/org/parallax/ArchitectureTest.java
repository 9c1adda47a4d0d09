package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parallax");

    @Test
    void coreIsPlainJavaWithoutSpringOrVaadin() {
        noClasses().that().resideInAPackage("org.parallax.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "jakarta.persistence..", "org.parallax.library..", "org.parallax.ingest..", "org.parallax.ui..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses().that().resideOutsideOfPackages("org.parallax..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.parallax..ui..")
                .check(classes);
    }
}
