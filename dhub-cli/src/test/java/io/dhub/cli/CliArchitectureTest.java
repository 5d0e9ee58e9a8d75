package io.dhub.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI parses, calls the front doors and prints: of the generators it sees only
 * {@code io.dhub.generators.Generation} and the {@code api} package (requests, settings, results,
 * the progress listener). Its {@code render} package (tables, JSON, CSV, counts) knows no command,
 * generator or verify. Checked on the compiled classes, so a fully qualified name counts too.
 */
class CliArchitectureTest {
    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.dhub.cli");

    @Test
    void theCliSeesOnlyTheFrontDoorAndTheApiOfTheGenerators() {
        classes().that().resideInAPackage("io.dhub.cli..").should().onlyDependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("are outside the generators, or are their "
                                + "front door and api", c -> !c.getPackageName().startsWith("io.dhub.generators")
                                || c.getName().equals("io.dhub.generators.Generation")
                                || c.getPackageName().equals("io.dhub.generators.api")))
                .check(CLI);
    }

    @Test
    void renderingKnowsNoCommandAndNoGenerator() {
        noClasses().that().resideInAPackage("io.dhub.cli.render..").should().dependOnClassesThat()
                .resideInAnyPackage("io.dhub.cli", "io.dhub.generators..", "io.dhub.verify..").check(CLI);
    }
}
