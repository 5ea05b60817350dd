package org.caseexplorer.app;

import java.time.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.compare.ComparisonActions;
import org.caseexplorer.compare.ComparisonViewModel;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.ui.Theme;

/**
 * The composition root: takes the work {@link Preload} started in {@code main}, creates the
 * state and the main window, and wires them together by hand.
 */
public final class CaseExplorerApp extends Application {

    /** Set to print "FIRST_FRAME" and exit once the gallery has been drawn (start-up benchmark). */
    public static final String FIRST_FRAME_PROPERTY = "caseexplorer.exitAfterFirstFrame";

    // The launcher instantiates the Application, so main hands its work over here.
    private static CommandLine commandLine;
    private static Preload preload;

    private static final String ICON = "/assets/icon/case-explorer-256.png";
    private static final Duration WARM_UP_DELAY = Duration.ofSeconds(2);

    private AppState state;
    private LibraryService libraries;

    static void launchWith(CommandLine options) {
        commandLine = options;
        preload = Preload.start(options);
        Application.launch(CaseExplorerApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppPreferences preferences = preload.preferences().join();
        Theme.apply(preferences.darkTheme());
        state = new AppState();
        state.setFilter(preferences.filter());
        libraries = new LibraryService(state, preload.loader().join(), preload.executor(),
                Platform::runLater);

        Lang lang = commandLine.lang().orElse(preferences.lang());
        Messages messages = new Messages(lang);
        state.restoreComparison(preferences.comparison());
        ComparisonViewModel comparison = new ComparisonViewModel(state);
        ComparisonActions comparisonActions = new ComparisonActions(comparison, messages, preload.executor(),
                preferences::exportAuthor);
        MainWindow window = new MainWindow(state, messages, libraries, preferences, comparison, comparisonActions,
                uri -> getHostServices().showDocument(uri.toString()));
        // Usually finished by now: then the first frame already has the cards.
        libraries.show(preload.folder().join(), preload.library());
        AppPreferences.WindowBounds bounds = preferences.windowBounds();
        preload.fonts().join();
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
        stage.setOnHiding(e -> remember(stage, window, preferences));
        if (Boolean.getBoolean(FIRST_FRAME_PROPERTY)) {
            FirstFrameProbe.install(scene, state);
        }
        stage.show();
        window.gallery().focusCards();
        // The icon comes after the first frame, decoded in the background: nothing waits for it.
        Platform.runLater(() -> stage.getIcons().add(
                new Image(CaseExplorerApp.class.getResource(ICON).toExternalForm(), true)));
        // The first PDF in a fresh JVM is slow; prepare it once the window has settled.
        comparisonActions.warmUpAfter(WARM_UP_DELAY);
    }

    private void remember(Stage stage, MainWindow window, AppPreferences preferences) {
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
        if (libraries != null) {
            libraries.close();
        }
        preload.executor().shutdownNow();
    }
}
