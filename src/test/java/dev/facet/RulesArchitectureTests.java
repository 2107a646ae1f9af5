package dev.facet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Business rules are plain Java: no Spring, no JPA, no I/O, so tables can test them. */
class RulesArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.facet");

    @Test
    void rulesDependOnNoFramework() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Classifier")
                .or()
                .haveSimpleNameEndingWith("Calculator")
                .or()
                .haveSimpleNameEndingWith("Policy")
                .or()
                .haveSimpleNameEndingWith("Rule")
                .or()
                .resideInAPackage("dev.facet.cta.rules")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "java.io..", "java.nio..", "java.sql..")
                .check(classes);
    }
}
