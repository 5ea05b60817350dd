package org.caseexplorer.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cli.CommandLine;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.startup.AheadOfTimeCache;
import org.caseexplorer.startup.FirstFrameProbe;
import org.caseexplorer.startup.Preload;
import org.caseexplorer.startup.StartupTrace;
import org.caseexplorer.startup.StartupTraining;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.ui.Theme;

/**
 * The application: takes the work {@link Preload} started in {@code main}, has the
 * {@link CompositionRoot} wire the window in {@code init()} and show it in {@code start()}.
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
    private CompositionRoot root;

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
        Lang lang = commandLine.lang().orElse(preferences.lang());
        // The preload's thread, which read the preferences, the fonts and the library, goes on as the library lane.
        TaskExecutor tasks = TaskExecutor.threads(preload.executor(), Platform::runLater);
        root = new CompositionRoot(preferences, lang, new CompositionRoot.Services(tasks, preload.loader().join(),
                uri -> getHostServices().showDocument(uri.toString())));
        StartupTrace.mark("MainWindow built");
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start()");
        // Usually finished by now: then the first frame already has the cards in it; a large
        // folder shows the cases read so far, the built-in ones first.
        root.libraries.show(preload.folder().join(), preload.library())
                .thenRun(() -> StartupTrace.mark("whole library shown"));
        preload.fonts().join();
        root.show(stage, scene -> {
            if (StartupTraining.requested()) {
                FirstFrameProbe.installThen(scene, root.state, () -> StartupTraining.run(root.state));
            } else if (Boolean.getBoolean(FIRST_FRAME_PROPERTY)) {
                FirstFrameProbe.install(scene, root.state);
            }
        });
        // Unsaved edits a crash left in the library are offered back once the window is up.
        Platform.runLater(root.window::offerRecovery);
        // The icon comes after the first frame, decoded in the background: nothing waits for it.
        Platform.runLater(() -> stage.getIcons().add(
                new Image(CaseExplorerApp.class.getResource(ICON).toExternalForm(), true)));
        // The first PDF in a fresh JVM is slow; prepare it once the window has settled.
        if (!StartupTraining.requested()) {
            // Not in the training: the export's classes belong in the command line's cache.
            root.comparisonActions.warmUpAfter(WARM_UP_DELAY);
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
        if (root != null) {
            root.libraries.close();
            root.tasks.close();
        }
        preload.executor().shutdownNow();
    }
}
