package org.caseexplorer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.List;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.settings.SettingsKeeper;

/**
 * The layering STYLE.md asks for, kept true by the build. The rules speak of packages, not of
 * classes, so a new class is covered by the rules of the package it joins, and a new package
 * must be given its place in the layers before the build passes.
 */
@AnalyzeClasses(packages = "org.caseexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The features a user sees: each builds views over the shared state, and the window composes them. */
    private static final List<String> FEATURES = List.of("compare", "detail", "editor", "gallery", "mapview", "principles",
            "problems", "sources", "viewspanel");

    /** Plain Java: tested as plain Java, and what the command line runs without a toolkit. */
    private static final String[] PLAIN_JAVA = {"org.caseexplorer.cases..", "org.caseexplorer.filter..",
        "org.caseexplorer.comparison..", "org.caseexplorer.export..", "org.caseexplorer.cli..",
        "org.caseexplorer.assets..", "org.caseexplorer.authoring..", "org.caseexplorer.views..", "org.caseexplorer.text..",
        "org.caseexplorer.provenance..", "org.caseexplorer.map.."};

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.caseexplorer.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresDoNotKnowEachOther = slices().matching("org.caseexplorer.(*)..")
            .that(DescribedPredicate.describe("are features " + FEATURES,
                    (Slice slice) -> FEATURES.contains(slice.getNamePart(1))))
            .should().notDependOnEachOther();

    /**
     * Arrows point down. Each layer names what it may use; what a layer does not name it cannot
     * reach, so export cannot use compare, the views or app, ui uses no feature, and only the
     * window knows the settings.
     */
    @ArchTest
    static final ArchRule arrowsPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("App (composition root, main window)").definedBy("org.caseexplorer.app..")
            .layer("Command line").definedBy("org.caseexplorer.cli..")
            .layer("Features").definedBy(FEATURES.stream().map(f -> "org.caseexplorer." + f + "..")
                    .toArray(String[]::new))
            .layer("Window services (exports, dialogs)").definedBy("org.caseexplorer.exporting..",
                    "org.caseexplorer.dialogs..")
            .layer("Settings").definedBy("org.caseexplorer.settings..")
            .layer("State").definedBy("org.caseexplorer.state..")
            .layer("Shared controls").definedBy("org.caseexplorer.ui..")
            .layer("Authoring (writing the user's library)").definedBy("org.caseexplorer.authoring..")
            .layer("Saved views").definedBy("org.caseexplorer.views..")
            .layer("Export").definedBy("org.caseexplorer.export..")
            .layer("Filter and comparison").definedBy("org.caseexplorer.filter..", "org.caseexplorer.comparison..")
            .layer("Map").definedBy("org.caseexplorer.map..")
            .layer("Cases, words, assets, text, provenance").definedBy("org.caseexplorer.cases..", "org.caseexplorer.i18n..",
                    "org.caseexplorer.assets..", "org.caseexplorer.text..", "org.caseexplorer.provenance..")
            .whereLayer("App (composition root, main window)").mayNotBeAccessedByAnyLayer()
            .whereLayer("Command line").mayOnlyAccessLayers("Saved views", "Export", "Map", "Filter and comparison",
                    "Cases, words, assets, text, provenance")
            .whereLayer("Features").mayOnlyAccessLayers("Window services (exports, dialogs)", "State", "Shared controls", "Authoring (writing the user's library)",
                    "Saved views", "Export", "Map", "Filter and comparison", "Cases, words, assets, text, provenance")
            .whereLayer("Window services (exports, dialogs)").mayOnlyAccessLayers("State", "Export", "Map",
                    "Cases, words, assets, text, provenance")
            .whereLayer("Authoring (writing the user's library)").mayOnlyAccessLayers("Cases, words, assets, text, provenance")
            .whereLayer("Saved views").mayOnlyAccessLayers("Filter and comparison", "Cases, words, assets, text, provenance")
            .whereLayer("Settings").mayOnlyAccessLayers("State", "Filter and comparison", "Cases, words, assets, text, provenance")
            .whereLayer("State").mayOnlyAccessLayers("Filter and comparison", "Cases, words, assets, text, provenance")
            .whereLayer("Shared controls").mayOnlyAccessLayers("Cases, words, assets, text, provenance")
            .whereLayer("Export").mayOnlyAccessLayers("Filter and comparison", "Cases, words, assets, text, provenance")
            .whereLayer("Filter and comparison").mayOnlyAccessLayers("Cases, words, assets, text, provenance")
            .whereLayer("Map").mayOnlyAccessLayers("Cases, words, assets, text, provenance")
            .whereLayer("Cases, words, assets, text, provenance").mayNotAccessAnyLayer();

    /** Directly or through what they use (i18n's Labels, say): Messages' bindings would not do. */
    @ArchTest
    static final ArchRule plainJavaPackagesDoNotReachJavaFx = noClasses()
            .that().resideInAnyPackage(PLAIN_JAVA)
            .should().transitivelyDependOnClassesThat().resideInAPackage("javafx..");

    /** javafx.beans and javafx.collections only, so they are tested without the toolkit. */
    @ArchTest
    static final ArchRule stateAndViewModelsDoNotTouchTheSceneGraph = noClasses()
            .that().resideInAnyPackage("org.caseexplorer.state..", "org.caseexplorer.settings..",
                    "org.caseexplorer.i18n..")
            .or().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    /** The packages whose classes make up the window. */
    private static final String[] WINDOW = java.util.stream.Stream.concat(
            FEATURES.stream().map(f -> "org.caseexplorer." + f + ".."),
            java.util.stream.Stream.of("org.caseexplorer.app..", "org.caseexplorer.ui..", "org.caseexplorer.exporting..",
                    "org.caseexplorer.dialogs..")).toArray(String[]::new);

    /**
     * The window is built off the FX thread (in {@code Application.init()}, and so in the tests):
     * a constructor may make nodes, but no stage, popup or dialog, and queues nothing on the FX
     * thread. Those come with events, once the window is shown.
     */
    @ArchTest
    static final ArchRule windowConstructorsMakeNoStageOrPopupAndQueueNothing = com.tngtech.archunit.lang.syntax
            .ArchRuleDefinition.constructors().that().areDeclaredInClassesThat().resideInAnyPackage(WINDOW)
            // A dialog's own constructor makes the dialog: it is made when asked for, not with the window.
            .and().areDeclaredInClassesThat().areNotAssignableTo(javafx.scene.control.Dialog.class)
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaConstructor>(
                    "make no stage, popup or dialog and queue nothing on the FX thread") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaConstructor constructor,
                                  com.tngtech.archunit.lang.ConditionEvents events) {
                    for (JavaCall<?> call : constructor.getCallsFromSelf()) {
                        if (call.isDeclaredInLambda()) {
                            continue; // an event handler's: it runs on the FX thread, once shown
                        }
                        var owner = call.getTarget().getOwner();
                        boolean window = call instanceof com.tngtech.archunit.core.domain.JavaConstructorCall
                                && (owner.isAssignableTo(javafx.stage.Window.class)
                                    || owner.isAssignableTo(javafx.scene.control.Dialog.class));
                        boolean queued = owner.isEquivalentTo(javafx.application.Platform.class)
                                && call.getTarget().getName().equals("runLater");
                        if (window || queued) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(constructor,
                                    call.getDescription()));
                        }
                    }
                }
            });

    /** Each setting is written by one piece of code; the setters are package-private besides. */
    @ArchTest
    static final ArchRule onlyTheKeeperWritesSettings = noClasses()
            .that().doNotBelongToAnyOf(SettingsKeeper.class, AppPreferences.class)
            .should().callMethodWhere(JavaCall.Predicates.target(DescribedPredicate.describe("a setter of AppPreferences",
                    target -> target.getOwner().isEquivalentTo(AppPreferences.class)
                            && (target.getName().startsWith("set") || target.getName().equals("flush")))));

    /** Nothing in a case file may name a Java class to instantiate: Jackson's default typing stays off. */
    @ArchTest
    static final ArchRule jacksonDefaultTypingStaysOff = noClasses()
            .should().callMethodWhere(JavaCall.Predicates.target(DescribedPredicate.describe("default typing",
                    target -> target.getOwner().isAssignableTo(ObjectMapper.class)
                            && (target.getName().startsWith("activateDefaultTyping")
                                || target.getName().startsWith("enableDefaultTyping")
                                || target.getName().equals("setDefaultTyping")))));
}
