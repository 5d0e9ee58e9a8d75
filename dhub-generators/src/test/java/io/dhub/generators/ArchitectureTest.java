package io.dhub.generators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generators' layout, checked on the compiled classes (every reference, not only import lines):
 * <ul>
 *   <li>no package cycle;</li>
 *   <li>{@code api} (what callers speak) knows only the market, the profiles and the id space, so
 *       that a caller sees no run, output or domain through it;</li>
 *   <li>{@code spi} (what domains implement and write to) knows only {@code api} and the id space:
 *       no run and no output;</li>
 *   <li>the domains know neither the run nor the outputs: they write rows through the row sink;</li>
 *   <li>the outputs know no domain and no run; {@code run} knows no domain (the bank's domains
 *       reach it through {@link BankPlan}, the composition root with {@link Generation});</li>
 *   <li>the market knows only the id formats; customers do not know loans.</li>
 * </ul>
 * That verify cannot see the generators is the build's rule (dhub-verify does not depend on
 * dhub-generators), and that the CLI imports only the front door and {@code api} is dhub-cli's
 * {@code CliArchitectureTest}.
 */
class ArchitectureTest {
    private static final String[] DOMAINS = {"..generators.employees..", "..generators.customers..",
        "..generators.crm..", "..generators.development..", "..generators.loans..", "..generators.insurance..",
        "..generators.compliance.."};
    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.dhub.generators");
    }

    @Test
    void noPackageCycle() {
        slices().matching("io.dhub.generators.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theApiShowsNoRunOutputOrDomain() {
        noClasses().that().resideInAPackage("..generators.api..").should().dependOnClassesThat()
                .resideInAnyPackage("io.dhub.generators", "..generators.spi..", "..generators.run..",
                        "..generators.output..")
                .orShould().dependOnClassesThat().resideInAnyPackage(DOMAINS).check(classes);
    }

    @Test
    void theSpiKnowsNoRunAndNoOutput() {
        noClasses().that().resideInAPackage("..generators.spi..").should().dependOnClassesThat()
                .resideInAnyPackage("io.dhub.generators", "..generators.run..", "..generators.output..",
                        "..generators.market..", "..generators.profiles..")
                .orShould().dependOnClassesThat().resideInAnyPackage(DOMAINS).check(classes);
    }

    @Test
    void domainsKnowNeitherTheRunNorTheOutputs() {
        noClasses().that().resideInAnyPackage(DOMAINS).should().dependOnClassesThat()
                .resideInAnyPackage("io.dhub.generators", "..generators.run..", "..generators.output..")
                .check(classes);
    }

    @Test
    void theOutputsAndTheRunKnowNoDomain() {
        noClasses().that().resideInAnyPackage("..generators.output..", "..generators.run..").should()
                .dependOnClassesThat().resideInAnyPackage(DOMAINS).orShould().dependOnClassesThat()
                .resideInAPackage("io.dhub.generators").check(classes);
        noClasses().that().resideInAPackage("..generators.output..").should().dependOnClassesThat()
                .resideInAPackage("..generators.run..").check(classes);
    }

    @Test
    void theMarketKnowsOnlyTheIdFormats() {
        noClasses().that().resideInAPackage("..generators.market..").should().dependOnClassesThat()
                .resideInAnyPackage("io.dhub.generators", "..generators.api..", "..generators.spi..",
                        "..generators.run..", "..generators.output..", "..generators.profiles..")
                .orShould().dependOnClassesThat().resideInAnyPackage(DOMAINS).check(classes);
    }

    @Test
    void customersDoNotKnowLoans() {
        noClasses().that().resideInAPackage("..generators.customers..").should().dependOnClassesThat()
                .resideInAPackage("..generators.loans..").check(classes);
    }
}
