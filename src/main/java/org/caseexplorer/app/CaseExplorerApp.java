package org.caseexplorer.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cli.CommandLine;
import org.caseexplorer.compare.ComparisonActions;
import org.caseexplorer.compare.ComparisonViewModel;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.settings.AppPreferences.WindowBounds;
import org.caseexplorer.settings.Settings;
import org.caseexplorer.settings.SettingsKeeper;
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
    private static final Duration CACHE_DELAY = Duration.ofSeconds(5);
    private static final Duration CACHE_WAIT = Duration.ofSeconds(60);

    // Made in init(), shown in start().
    private AppState state;
    private LibraryService libraries;
    private Messages messages;
    private SettingsKeeper keeper;
    private ComparisonActions comparisonActions;
    private MainWindow window;

    /** The portable app's start-up cache being made, if this start makes it. */
    private static volatile CompletableFuture<Boolean> cacheMade = CompletableFuture.completedFuture(false);

    static void launchWith(CommandLine options) {
        commandLine = options;
        preload = Preload.start(options);
        Application.launch(CaseExplorerApp.class);
        // Closed within seconds of the very first start: let the cache finish, the window is gone.
        cacheMade.completeOnTimeout(false, CACHE_WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /**
     * On the launcher thread, once the toolkit runs: the theme's stylesheet is sent to the FX
     * thread to load while this thread builds the window's nodes (which JavaFX allows on any
     * thread before they are in a shown scene), so the two overlap instead of following each
     * other in start().
     */
    @Override
    public void init() {
        StartupTrace.mark("init()");
        AppPreferences preferences = preload.preferences().join();
        Theme.apply(preferences.darkTheme());
        Platform.runLater(() -> StartupTrace.mark("theme loaded"));
        state = new AppState();
        Lang lang = commandLine.lang().orElse(preferences.lang());
        messages = new Messages(lang);
        keeper = new SettingsKeeper(preferences, state, messages);
        Settings settings = keeper.settings();
        libraries = new LibraryService(state, preload.loader().join(), preload.executor(),
                Platform::runLater);
        ComparisonViewModel comparison = new ComparisonViewModel(state);
        comparisonActions = new ComparisonActions(comparison, messages, preload.executor(),
                settings::exportAuthor);
        window = new MainWindow(state, messages, libraries, settings, comparison, comparisonActions,
                uri -> getHostServices().showDocument(uri.toString()), preload.executor(),
                // The one-principle handout export is connected here once it is built.
                org.caseexplorer.export.Handouts::writePrinciple);
        StartupTrace.mark("MainWindow built");
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start()");
        window.setDividerPositions(keeper.dividers(MainWindow.DEFAULT_DIVIDERS));
        // Usually finished by now: then the first frame already has the cards.
        libraries.show(preload.folder().join(), preload.library());
        WindowBounds bounds = keeper.windowBounds();
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
        stage.setOnCloseRequest(e -> {
            if (!window.mayClose()) {
                e.consume();
            }
        });
        stage.setOnHiding(e -> keeper.windowClosing(
                new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()),
                window.dividerPositions()));
        if (StartupTraining.requested()) {
            FirstFrameProbe.installThen(scene, state, () -> StartupTraining.run(state));
        } else if (Boolean.getBoolean(FIRST_FRAME_PROPERTY)) {
            FirstFrameProbe.install(scene, state);
        }
        StartupTrace.mark("before show");
        stage.show();
        StartupTrace.mark("after show");
        window.gallery().focusCards();
        // Unsaved edits a crash left in the library are offered back once the window is up.
        Platform.runLater(window::offerRecovery);
        // The icon comes after the first frame, decoded in the background: nothing waits for it.
        Platform.runLater(() -> stage.getIcons().add(
                new Image(CaseExplorerApp.class.getResource(ICON).toExternalForm(), true)));
        // The first PDF in a fresh JVM is slow; prepare it once the window has settled.
        if (!StartupTraining.requested()) {
            // Not in the training: the export's classes belong in the command line's cache.
            comparisonActions.warmUpAfter(WARM_UP_DELAY);
            makeStartUpCacheAfter(CACHE_DELAY);
        }
    }

    private static void makeStartUpCacheAfter(Duration delay) {
        AheadOfTimeCache.fromProperties(System::getProperty).ifPresent(window -> {
            Path javaHome = Path.of(System.getProperty("java.home"));
            String classPath = System.getProperty("java.class.path");
            CompletableFuture<Boolean> made = CompletableFuture.supplyAsync(() -> false,
                    CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
            // One after the other: each child JVM takes a core for some seconds.
            for (AheadOfTimeCache cache : List.of(window, window.commandLine())) {
                if (cache.needed()) {
                    made = made.thenCompose(before -> cache.make(javaHome, classPath).thenApply(now -> before | now));
                }
            }
            cacheMade = made;
        });
    }

    @Override
    public void stop() {
        if (libraries != null) {
            libraries.close();
        }
        preload.executor().shutdownNow();
    }
}
