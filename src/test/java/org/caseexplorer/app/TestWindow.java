package org.caseexplorer.app;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.LibraryLoader;
import org.caseexplorer.compare.ComparisonActions;
import org.caseexplorer.compare.ComparisonViewModel;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.Fonts;
import org.caseexplorer.ui.Theme;

/** The main window as the app wires it, with the built-in library loaded inline, for TestFX tests. */
public final class TestWindow {

    private static String[] loadedFamilies;

    public final AppState state = new AppState();
    public final Messages messages = new Messages(Lang.EN);
    /** Loads run inline; a reload the folder watcher asks for goes to the FX thread, as in the app. */
    public final LibraryService libraries = new LibraryService(state, new LibraryLoader(), Runnable::run,
            r -> {
                if (Platform.isFxApplicationThread()) {
                    r.run();
                } else {
                    Platform.runLater(r);
                }
            });
    public final ComparisonViewModel comparison = new ComparisonViewModel(state);
    public final ComparisonActions comparisonActions;
    public final MainWindow window;
    /** The addresses the window asked the system browser to open. */
    public final List<URI> opened = new CopyOnWriteArrayList<>();

    /** Shows the window on {@code stage}; exports and prints run on {@code background}. */
    public TestWindow(Stage stage, Preferences node, Executor background) {
        synchronized (TestWindow.class) {
            if (loadedFamilies == null) {
                loadedFamilies = Fonts.load();
            }
        }
        Theme.apply(false);
        libraries.load(Optional.empty()).join();
        comparisonActions = new ComparisonActions(comparison, messages, background);
        window = new MainWindow(state, messages, libraries, new AppPreferences(node), comparison, comparisonActions,
                opened::add);
        Scene scene = new Scene(window, 1280, 800);
        Theme.addAppStylesheet(scene);
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** The families the bundled fonts registered, the first time they were loaded. */
    public static String[] loadedFamilies() {
        return loadedFamilies.clone();
    }
}
