package io.dhub.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI parses, calls the front doors and prints: of the generators it sees only
 * {@code io.dhub.generators.Generation} and the {@code api} package (requests, settings, results,
 * the progress listener). Checked on the compiled classes, so a fully qualified name counts too.
 */
class CliArchitectureTest {
    @Test
    void theCliSeesOnlyTheFrontDoorAndTheApiOfTheGenerators() {
        JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.dhub.cli");
        classes().that().resideInAPackage("io.dhub.cli..").should().onlyDependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("are outside the generators, or are their "
                                + "front door and api", c -> !c.getPackageName().startsWith("io.dhub.generators")
                                || c.getName().equals("io.dhub.generators.Generation")
                                || c.getPackageName().equals("io.dhub.generators.api")))
                .check(cli);
    }
}
