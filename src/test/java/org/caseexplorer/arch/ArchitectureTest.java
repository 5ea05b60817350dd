package org.caseexplorer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.settings.SettingsKeeper;
import org.caseexplorer.state.ViewModel;
import org.junit.jupiter.api.Test;

/**
 * The layout ARCHITECTURE.md describes, kept true by the build. The rules speak of packages, not
 * of class names: a new class is covered by the rules of the package it joins, and a new package
 * must be given its place in the layers before the build passes.
 *
 * <p>The naming rule: a feature {@code x} has its plain-Java model in {@code org.caseexplorer.x}
 * and its window part in {@code org.caseexplorer.x.ui} (a feature with no model of its own has
 * only the {@code .ui} package). Only {@code .ui} packages, the shell ({@code app}) and the
 * start-up ({@code startup}) touch the scene graph.
 */
@AnalyzeClasses(packages = "org.caseexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.caseexplorer.";

    /** The features a user sees, each a {@code <name>.ui} package: they build views over the state, and the shell composes them. */
    private static final List<String> FEATURES = List.of("authoring", "comparison", "detail", "filter", "gallery", "map",
            "principles", "problems", "savedviews", "sources");

    /** A layer: the packages it is made of, and the layers it may use (null: may use any; nothing may use it). */
    private record Layer(String name, List<String> packages, List<String> mayUse) {
        Layer(String name, List<String> packages, String... mayUse) {
            this(name, packages, mayUse.length == 1 && mayUse[0] == null ? null : List.of(mayUse));
        }
    }

    private static final String CASES = "Cases, words, assets, text, provenance";
    private static final String FILTER = "Filter and comparison";

    /**
     * Top down. A package name ending in {@code ..} takes its subpackages too; one without names
     * just that package (so {@code map} is the model and {@code map.ui} is elsewhere).
     */
    private static final List<Layer> LAYERS = List.of(
            new Layer("Shell (composition root, main window)", List.of(ROOT + "app.."), (String) null),
            new Layer("Start-up", List.of(ROOT + "startup.."), "Command line", "Settings", "State", "Shared controls",
                    FILTER, CASES),
            new Layer("Command line", List.of(ROOT + "cli.."), "Saved views", "Export", "Map", FILTER, CASES),
            new Layer("Features", FEATURES.stream().map(f -> ROOT + f + ".ui..").toList(), "Window services", "State",
                    "Shared controls", "Authoring", "Saved views", "Sources", "Export", "Map", FILTER, CASES),
            new Layer("Window services", List.of(ROOT + "export.ui..", ROOT + "dialogs.ui.."), "State",
                    "Shared controls", "Export", "Map", CASES),
            new Layer("Settings", List.of(ROOT + "settings.."), "State", FILTER, CASES),
            new Layer("State", List.of(ROOT + "state.."), FILTER, CASES),
            new Layer("Shared controls", List.of(ROOT + "ui"), CASES),
            new Layer("Authoring", List.of(ROOT + "authoring"), CASES),
            new Layer("Saved views", List.of(ROOT + "savedviews"), FILTER, CASES),
            new Layer("Sources", List.of(ROOT + "sources"), CASES),
            new Layer("Export", List.of(ROOT + "export"), FILTER, CASES),
            new Layer(FILTER, List.of(ROOT + "filter", ROOT + "comparison"), CASES),
            new Layer("Map", List.of(ROOT + "map"), CASES),
            new Layer(CASES, List.of(ROOT + "cases..", ROOT + "i18n..", ROOT + "assets..", ROOT + "text..",
                    ROOT + "provenance..")));

    /** Plain Java: tested as plain Java, and what the command line runs without a toolkit. */
    private static final String[] PLAIN_JAVA = {ROOT + "cases..", ROOT + "filter", ROOT + "comparison", ROOT + "export",
        ROOT + "cli..", ROOT + "assets..", ROOT + "authoring", ROOT + "savedviews", ROOT + "sources", ROOT + "text..",
        ROOT + "provenance..", ROOT + "map"};

    /** Each package its own slice: a model and its {@code .ui}, or {@code cases} and {@code cases.io}, may not lean on each other. */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching(ROOT + "(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresDoNotKnowEachOther = slices().matching(ROOT + "(*).ui..")
            .that(DescribedPredicate.describe("are features " + FEATURES,
                    (Slice slice) -> FEATURES.contains(slice.getNamePart(1))))
            .should().notDependOnEachOther();

    /** Arrows point down: what a layer does not name it cannot reach. */
    @ArchTest
    static final ArchRule arrowsPointDown = layered();

    private static Architectures.LayeredArchitecture layered() {
        Architectures.LayeredArchitecture rule = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (Layer layer : LAYERS) {
            rule = rule.layer(layer.name()).definedBy(layer.packages().toArray(String[]::new));
        }
        for (Layer layer : LAYERS) {
            if (layer.mayUse() == null) {
                rule = rule.whereLayer(layer.name()).mayNotBeAccessedByAnyLayer();
            } else if (layer.mayUse().isEmpty()) {
                rule = rule.whereLayer(layer.name()).mayNotAccessAnyLayer();
            } else {
                rule = rule.whereLayer(layer.name()).mayOnlyAccessLayers(layer.mayUse().toArray(String[]::new));
            }
        }
        return rule;
    }

    /**
     * Every arrow the layers allow is one the code takes: an arrow nobody uses would let the next
     * change reach down unnoticed. Drop the arrow when its last use goes.
     */
    @Test
    void everyAllowedArrowIsUsed() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caseexplorer");
        Map<String, Layer> byName = new LinkedHashMap<>();
        LAYERS.forEach(l -> byName.put(l.name(), l));
        List<String> unused = new ArrayList<>();
        for (Layer layer : LAYERS) {
            if (layer.mayUse() == null) {
                continue;
            }
            for (String used : layer.mayUse()) {
                Layer target = byName.get(used);
                boolean taken = classes.stream().filter(c -> in(layer, c)).flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                        .map(Dependency::getTargetClass).anyMatch(t -> in(target, t));
                if (!taken) {
                    unused.add(layer.name() + " -> " + used);
                }
            }
        }
        assertEquals(List.of(), unused, "arrows the layers allow and no class takes");
    }

    private static boolean in(Layer layer, JavaClass c) {
        return PackageMatchers.of(layer.packages()).test(c.getPackageName());
    }

    /** The naming rule's other half: the scene graph is the window's, and the window is the {@code .ui} packages, the shell and start-up. */
    @ArchTest
    static final ArchRule onlyWindowPackagesTouchTheSceneGraph = noClasses()
            .that().resideOutsideOfPackages("..ui..", ROOT + "app..", ROOT + "startup..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    /** Directly or through what they use (i18n's Labels, say): Messages' bindings would not do. */
    @ArchTest
    static final ArchRule plainJavaPackagesDoNotReachJavaFx = noClasses()
            .that().resideInAnyPackage(PLAIN_JAVA)
            .should().transitivelyDependOnClassesThat().resideInAPackage("javafx..");

    /**
     * javafx.beans and javafx.collections only, so they are tested without the toolkit: the state,
     * the settings, the words, and every view model, with all of ours they use, however indirectly.
     */
    @ArchTest
    static final ArchRule stateAndViewModelsDoNotReachTheSceneGraph = noClasses()
            .that().resideInAnyPackage(ROOT + "state..", ROOT + "settings..", ROOT + "i18n..")
            .or().areAnnotatedWith(ViewModel.class)
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    /** The name says view model, so the rule above must know it: a name alone keys no rule. */
    @ArchTest
    static final ArchRule viewModelsSayWhatTheyAre = classes()
            .that().haveSimpleNameEndingWith("ViewModel").and().areNotAnnotations()
            .should().beAnnotatedWith(ViewModel.class);

    /** The packages whose classes make up the window. */
    private static final String[] WINDOW = {"..ui..", ROOT + "app.."};

    /**
     * The window is built off the FX thread (in {@code Application.init()}, and so in the tests):
     * a constructor may make nodes, but no stage, popup or dialog, and queues nothing on the FX
     * thread. Those come with events, once the window is shown.
     */
    @ArchTest
    static final ArchRule windowConstructorsMakeNoStageOrPopupAndQueueNothing = constructors()
            .that().areDeclaredInClassesThat().resideInAnyPackage(WINDOW)
            // A dialog's own constructor makes the dialog: it is made when asked for, not with the window.
            .and().areDeclaredInClassesThat().areNotAssignableTo(Dialog.class)
            .should(new ArchCondition<JavaConstructor>("make no stage, popup or dialog and queue nothing on the FX thread") {
                @Override
                public void check(JavaConstructor constructor, ConditionEvents events) {
                    for (JavaCall<?> call : constructor.getCallsFromSelf()) {
                        if (call.isDeclaredInLambda()) {
                            continue; // an event handler's: it runs on the FX thread, once shown
                        }
                        var owner = call.getTarget().getOwner();
                        boolean window = call instanceof JavaConstructorCall
                                && (owner.isAssignableTo(Window.class) || owner.isAssignableTo(Dialog.class));
                        boolean queued = owner.isEquivalentTo(Platform.class) && call.getTarget().getName().equals("runLater");
                        if (window || queued) {
                            events.add(SimpleConditionEvent.violated(constructor, call.getDescription()));
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

    /** The layer table names each layer it points at. */
    @Test
    void everyNamedLayerExists() {
        List<String> names = LAYERS.stream().map(Layer::name).toList();
        List<String> missing = LAYERS.stream().filter(l -> l.mayUse() != null).flatMap(l -> l.mayUse().stream())
                .filter(n -> !names.contains(n)).distinct().toList();
        assertEquals(List.of(), missing);
        assertEquals(Stream.of(PLAIN_JAVA).distinct().count(), PLAIN_JAVA.length);
    }
}
