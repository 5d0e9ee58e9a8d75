package io.dhub.generators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generators' boundaries, checked on the compiled classes (every reference, not only import
 * lines): no package cycle; the domains write rows through the row sink and never reach the COPY
 * loader or the file output; the row sink knows no other package; the market knows only the id
 * formats; customers do not know loans. That verify cannot see the generators is the build's rule:
 * dhub-verify does not depend on dhub-generators.
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
    void domainsWriteThroughTheRowSinkOnly() {
        noClasses().that().resideInAnyPackage(DOMAINS).should().dependOnClassesThat()
                .resideInAPackage("..generators.load..").check(classes);
    }

    @Test
    void theRowSinkKnowsNoOtherPackage() {
        noClasses().that().resideInAPackage("..generators.rows..").should().dependOnClassesThat()
                .resideInAnyPackage("io.dhub.generators", "..generators.engine..", "..generators.load..",
                        "..generators.market..", "..generators.ids..", "..generators.profiles..")
                .orShould().dependOnClassesThat().resideInAnyPackage(DOMAINS).check(classes);
    }

    @Test
    void theMarketKnowsOnlyTheIdFormats() {
        noClasses().that().resideInAPackage("..generators.market..").should().dependOnClassesThat()
                .resideInAnyPackage("io.dhub.generators", "..generators.engine..", "..generators.load..",
                        "..generators.rows..", "..generators.profiles..")
                .orShould().dependOnClassesThat().resideInAnyPackage(DOMAINS).check(classes);
    }

    @Test
    void customersDoNotKnowLoans() {
        noClasses().that().resideInAPackage("..generators.customers..").should().dependOnClassesThat()
                .resideInAPackage("..generators.loans..").check(classes);
    }
}
