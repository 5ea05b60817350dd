package org.caseexplorer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering STYLE.md asks for, kept true by the build. */
@AnalyzeClasses(packages = "org.caseexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAPackage("org.caseexplorer.cases..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule filterLogicIsPlainJava = noClasses()
            .that().resideInAPackage("org.caseexplorer.filter..")
            .and().haveNameNotMatching(".*\\.PrincipleFilterPanel.*")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule stateAndServicesDoNotTouchTheSceneGraph = noClasses()
            .that().haveFullyQualifiedName("org.caseexplorer.state.AppState")
            .or().haveFullyQualifiedName("org.caseexplorer.state.LibraryService")
            .or().haveFullyQualifiedName("org.caseexplorer.settings.AppPreferences")
            .or().haveFullyQualifiedName("org.caseexplorer.i18n.Messages")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheViews = noClasses()
            .that().resideInAPackage("org.caseexplorer.cases..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.caseexplorer.app..", "org.caseexplorer.gallery..", "org.caseexplorer.detail..",
                    "org.caseexplorer.filter..", "org.caseexplorer.ui..");

    @ArchTest
    static final ArchRule exportersArePlainJava = noClasses()
            .that().resideInAPackage("org.caseexplorer.export..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule comparisonModelIsPlainJava = noClasses()
            .that().haveFullyQualifiedName("org.caseexplorer.comparison.Comparison")
            .or().haveFullyQualifiedName("org.caseexplorer.comparison.ComparisonRow")
            .or().haveFullyQualifiedName("org.caseexplorer.comparison.ComparisonCell")
            .or().haveFullyQualifiedName("org.caseexplorer.comparison.ComparisonOptions")
            .or().haveFullyQualifiedName("org.caseexplorer.comparison.RowOrder")
            .or().haveFullyQualifiedName("org.caseexplorer.comparison.RowScope")
            .or().haveFullyQualifiedName("org.caseexplorer.i18n.Labels")
            .or().haveFullyQualifiedName("org.caseexplorer.cli.ExportCommand")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule comparisonViewModelDoesNotTouchTheSceneGraph = noClasses()
            .that().haveFullyQualifiedName("org.caseexplorer.compare.ComparisonViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    /** Nothing in a case file may name a Java class to instantiate: Jackson's default typing stays off. */
    @ArchTest
    static final ArchRule jacksonDefaultTypingStaysOff = noClasses()
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.base.DescribedPredicate.describe("default typing",
                            target -> target.getOwner().isAssignableTo(com.fasterxml.jackson.databind.ObjectMapper.class)
                                    && (target.getName().startsWith("activateDefaultTyping")
                                        || target.getName().startsWith("enableDefaultTyping")
                                        || target.getName().equals("setDefaultTyping")))));
}
