package app.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Component;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module boundaries of the architecture note ({@code package-info.java} of {@code app.rapport}), checked
 * on the compiled main classes: every direct subpackage of {@code app.rapport} is a module (the features,
 * {@code config}, {@code security}, {@code tools}); no cycles between them; a module uses another only
 * through the public types of its top-level package (subpackages are its internals); and nothing outside
 * {@code tools} depends on it.
 */
class ModuleBoundariesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(RapportApplication.class);
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.rapport");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void noFeatureDependsOnTheTools() {
        noClasses().that().resideOutsideOfPackage("app.rapport.tools..")
                .should().dependOnClassesThat().resideInAPackage("app.rapport.tools..")
                .because("the tools use the features, never the other way round")
                .check(MAIN);
    }

    @Test
    void theServingApplicationsComponentScanFindsNoTool() {
        noClasses().that().resideInAPackage("app.rapport.tools..")
                .should().beMetaAnnotatedWith(Component.class)
                .because("commands build what they need from the features' beans; the service's context holds no tool")
                .check(MAIN);
    }
}
