package org.caseexplorer.app;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.ui.ComparisonActions;
import org.caseexplorer.comparison.ui.ComparisonViewModel;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.settings.SettingsKeeper;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.ui.Fonts;
import org.caseexplorer.ui.Theme;
import org.controlsfx.control.GridCell;
import org.testfx.api.FxRobot;

/**
 * The main window wired by the app's own {@link CompositionRoot}, with the built-in library loaded
 * inline, for TestFX tests.
 */
public final class TestWindow {

    private static String[] loadedFamilies;
    private Stage stage;

    /** The window's wiring, as the app's. */
    public final CompositionRoot root;
    public final AppState state;
    public final Navigator navigator;
    public final Messages messages;
    public final LibraryService libraries;
    public final ComparisonViewModel comparison;
    public final ComparisonActions comparisonActions;
    /** Restores and remembers the settings in the node the test gives, as the app does in the user's. */
    public final SettingsKeeper settings;
    public final MainWindow window;
    /** The addresses the window asked the system browser to open. */
    public final List<URI> opened = new CopyOnWriteArrayList<>();

    /**
     * Shows the window on {@code stage}; exports and prints run on {@code background}, library
     * loads inline, and results come back to the FX thread (at once when they are already on it).
     */
    public TestWindow(Stage stage, Preferences node, Executor background) {
        this(node, background);
        showOn(stage);
    }

    /** On the FX thread: shows the window built by {@link #TestWindow(Preferences, Executor)}, as the app's start() does. */
    public void showOn(Stage stage) {
        showOn(stage, scene -> { });
    }

    /** As {@link #showOn(Stage)}, handing the scene to {@code beforeShow} first, as the app hands it to its start-up probes. */
    public void showOn(Stage stage, java.util.function.Consumer<javafx.scene.Scene> beforeShow) {
        this.stage = stage;
        root.show(stage, beforeShow);
        // TestFX hands every test the same stage: one an earlier test sized (a detail pane alone,
        // 1024×640) would keep that size and hide cards this test counts on. The window's own size, then.
        stage.sizeToScene();
    }

    /**
     * Closes the window as the user would (it remembers its place in the test's node), then
     * takes the app's handlers off the stage, which TestFX hands to the next test too.
     */
    public void close() throws InterruptedException {
        if (stage == null) {
            return;
        }
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        Runnable close = () -> {
            stage.hide();
            stage.setOnHiding(null);
            stage.setOnCloseRequest(null);
            stage.titleProperty().unbind();
            closed.countDown();
        };
        if (Platform.isFxApplicationThread()) {
            close.run();
        } else {
            Platform.runLater(close);
        }
        if (!closed.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window did not close within 10 s");
        }
    }

    /** The window built but not shown: the constructor may run on any thread once the toolkit is up. */
    public TestWindow(Preferences node, Executor background) {
        synchronized (TestWindow.class) {
            if (loadedFamilies == null) {
                loadedFamilies = Fonts.load();
            }
        }
        Theme.apply(false);
        Executor fx = r -> {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                Platform.runLater(r);
            }
        };
        root = new CompositionRoot(new AppPreferences(node), Lang.EN, new CompositionRoot.Services(
                TaskExecutor.lanes(Runnable::run, background, background, fx), new LibraryLoader(), opened::add));
        state = root.state;
        navigator = root.navigator;
        messages = root.messages;
        libraries = root.libraries;
        comparison = root.comparison;
        comparisonActions = root.comparisonActions;
        settings = root.keeper;
        window = root.window;
        libraries.load(Optional.empty()).join();
    }

    /**
     * The compare toggle on the card that shows case {@code caseId} on screen. Cards are found by
     * the case they show, not by node id: a recycled card changing its id would re-match its CSS.
     */
    public static Node compareToggle(FxRobot robot, String caseId) {
        return robot.lookup(".case-card").queryAll().stream()
                .filter(card -> card instanceof GridCell<?> cell && cell.getItem() instanceof Case c
                        && c.id().equals(caseId) && showing(card.lookup(".card-body")))
                .map(card -> card.lookup(".compare-toggle"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card on screen shows " + caseId));
    }

    /** On screen: the node and all of its parents visible (the grid's measuring cell is not). */
    public static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null;
    }

    /** Opens {@code folder} as the user's library (made if need be) and duplicates {@code caseId} into it, in the editor. */
    public void duplicateIntoLibrary(java.nio.file.Path folder, String caseId) throws java.io.IOException {
        org.caseexplorer.authoring.UserLibrary.create(folder, java.time.Clock.systemUTC());
        libraries.load(Optional.of(folder)).join();
        window.authoring().duplicate(state.library().caseById(caseId).orElseThrow());
    }

    /** The History… dialog of one of the user's cases, not shown yet. */
    public org.caseexplorer.authoring.ui.HistoryDialog historyDialog(String caseId) throws Exception {
        return new org.caseexplorer.authoring.ui.HistoryDialog(window.getScene().getWindow(),
                window.authoring().viewModel(), caseId, messages);
    }

    /** Saves the case open in the editor, as Ctrl+S does. */
    public void save() {
        window.authoring().save();
    }

    /** The case editor on screen, or null. */
    public org.caseexplorer.authoring.ui.CaseEditor editor() {
        return window.authoring().editor();
    }

    /** The families the bundled fonts registered, the first time they were loaded. */
    public static String[] loadedFamilies() {
        return loadedFamilies.clone();
    }
}
