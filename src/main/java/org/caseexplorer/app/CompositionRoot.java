package org.caseexplorer.app;

import java.net.URI;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.LibraryLoader;
import org.caseexplorer.compare.ComparisonActions;
import org.caseexplorer.compare.ComparisonViewModel;
import org.caseexplorer.export.PrincipleHandoutExporter;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.settings.AppPreferences.WindowBounds;
import org.caseexplorer.settings.Settings;
import org.caseexplorer.settings.SettingsKeeper;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.ui.Theme;

/**
 * The one wiring of the window, by hand: the state, its owners and services, the main window.
 * The app and the tests both build the window through it, in the same order and on the same
 * thread: {@linkplain #CompositionRoot the constructor} off the FX thread once the toolkit is up
 * (the app does it in {@code Application.init()}, where it overlaps with the theme's loading; no
 * constructor it runs may make a stage or popup or queue work on the FX thread, which
 * {@code ArchitectureTest} holds), then {@link #show} on the FX thread.
 */
public final class CompositionRoot {

    /** What the root is given rather than makes: where work runs, how links and handouts go out. */
    public record Services(TaskExecutor tasks, LibraryLoader loader, Consumer<URI> browser,
                           PrincipleHandoutExporter handouts) {
    }

    public final AppState state = new AppState();
    public final Messages messages;
    public final SettingsKeeper keeper;
    public final Settings settings;
    public final LibraryService libraries;
    public final Navigator navigator;
    public final ComparisonViewModel comparison;
    public final ComparisonActions comparisonActions;
    public final MainWindow window;
    public final TaskExecutor tasks;

    public CompositionRoot(AppPreferences preferences, Lang lang, Services services) {
        tasks = services.tasks();
        messages = new Messages(lang);
        keeper = new SettingsKeeper(preferences, state, messages);
        settings = keeper.settings();
        libraries = new LibraryService(state, services.loader(), tasks);
        navigator = new Navigator(state, () -> libraries.userFolder().isPresent());
        comparison = new ComparisonViewModel(state);
        comparisonActions = new ComparisonActions(comparison, messages, tasks.exports(), settings::exportAuthor);
        window = new MainWindow(state, navigator, messages, libraries, settings, comparison, comparisonActions,
                services.browser(), tasks, services.handouts());
        window.setDividerPositions(keeper.dividers(MainWindow.DEFAULT_DIVIDERS));
    }

    /**
     * On the FX thread: puts the window on {@code stage} where it was left last time, with its
     * title, shortcuts and the questions closing it asks, and shows it; {@code beforeShow} gets the
     * scene first (the start-up probes hook into its first frame).
     */
    public Scene show(Stage stage, Consumer<Scene> beforeShow) {
        WindowBounds bounds = keeper.windowBounds();
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
        beforeShow.accept(scene);
        StartupTrace.mark("before show");
        stage.show();
        StartupTrace.mark("after show");
        window.gallery().focusCards();
        return scene;
    }
}
