package cn.helituan.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The module rule of docs/architecture.md: app → web, persistence, domain; web → domain; persistence → domain;
 * the domain depends on no module of ours and never sees the web; the features are free of cycles.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("cn.helituan");
    }

    @Test
    void everyModuleIsImported() {
        for (String module : new String[] {"domain", "persistence", "web", "app"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream()
                    .anyMatch(c -> c.getPackageName().startsWith("cn.helituan." + module)))
                    .as("classes of module %s", module).isTrue();
        }
    }

    @Test
    void domainDependsOnNoOtherModuleOfOurs() {
        noClasses().that().resideInAPackage("cn.helituan.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.helituan.persistence..", "cn.helituan.web..",
                        "cn.helituan.app..")
                .check(classes);
    }

    @Test
    void domainNeverSeesTheWeb() {
        noClasses().that().resideInAPackage("cn.helituan.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                        "org.springframework.ui..", "org.thymeleaf..")
                .check(classes);
    }

    @Test
    void webDependsOnlyOnTheDomain() {
        noClasses().that().resideInAPackage("cn.helituan.web..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.helituan.persistence..", "cn.helituan.app..")
                .check(classes);
    }

    @Test
    void persistenceDependsOnlyOnTheDomain() {
        noClasses().that().resideInAPackage("cn.helituan.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.helituan.web..", "cn.helituan.app..")
                .check(classes);
    }

    /**
     * A feature is one package name in every module (cn.helituan.domain.activity, …persistence.activity,
     * …web.activity are the slice "activity"): no two features may depend on each other, directly or around a
     * circle. A lower feature learns of a higher one through an event, an interface it owns, or a page section
     * (docs/architecture.md, "Features and their order").
     */
    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("cn.helituan.*.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(classes);
    }
}
