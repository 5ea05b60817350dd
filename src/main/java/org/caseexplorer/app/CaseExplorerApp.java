package org.caseexplorer.app;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.Fonts;
import org.caseexplorer.ui.Theme;

/**
 * The composition root: creates the shared executor, state, preferences and the main window,
 * and wires them together by hand.
 */
public final class CaseExplorerApp extends Application {

    /** Set to print "FIRST_FRAME" and exit once the gallery has been drawn (start-up benchmark). */
    public static final String FIRST_FRAME_PROPERTY = "caseexplorer.exitAfterFirstFrame";

    private static CommandLine commandLine = new CommandLine(Optional.empty(), Optional.empty(), Optional.empty(), false);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "case-explorer-background");
        thread.setDaemon(true);
        return thread;
    });
    private AppPreferences preferences;
    private AppState state;
    private LibraryService libraries;

    static void launchWith(CommandLine options) {
        commandLine = options;
        Application.launch(CaseExplorerApp.class);
    }

    @Override
    public void init() {
        preferences = AppPreferences.forUser();
        state = new AppState();
        state.setFilter(preferences.filter());
        libraries = new LibraryService(state, executor, Platform::runLater);
        // Start reading the library while the toolkit starts and the fonts load.
        Optional<java.nio.file.Path> folder = commandLine.library().or(preferences::libraryFolder);
        libraries.load(folder);
        Fonts.load();
    }

    @Override
    public void start(Stage stage) {
        Theme.apply(preferences.darkTheme());
        Lang lang = commandLine.lang().orElse(preferences.lang());
        Messages messages = new Messages(lang);
        MainWindow window = new MainWindow(state, messages, libraries, preferences);

        AppPreferences.WindowBounds bounds = preferences.windowBounds();
        Scene scene = new Scene(window, bounds.width(), bounds.height());
        Theme.addAppStylesheet(scene);
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(messages.bind("app.title"));
        if (!Double.isNaN(bounds.x()) && !Double.isNaN(bounds.y())) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
        stage.setOnHiding(e -> remember(stage, window));
        if (Boolean.getBoolean(FIRST_FRAME_PROPERTY)) {
            FirstFrameProbe.install(scene, state);
        }
        stage.show();
        window.gallery().focusCards();
    }

    private void remember(Stage stage, MainWindow window) {
        if (!stage.isMaximized()) {
            preferences.setWindowBounds(new AppPreferences.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        } else {
            AppPreferences.WindowBounds old = preferences.windowBounds();
            preferences.setWindowBounds(new AppPreferences.WindowBounds(
                    old.x(), old.y(), old.width(), old.height(), true));
        }
        preferences.setDividers(window.dividerPositions());
        preferences.setFilter(state.filter());
        preferences.flush();
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }
}
