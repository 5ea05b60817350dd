package org.caseexplorer.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caseexplorer.authoring.ui.CaseAuthoring;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.ui.ComparisonActions;
import org.caseexplorer.comparison.ui.ComparisonViewModel;
import org.caseexplorer.dialogs.ui.Dialogs;
import org.caseexplorer.dialogs.ui.FxDialogs;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.Paper;
import org.caseexplorer.export.ui.ExportService;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.savedviews.ui.SavedViewsViewModel;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.settings.AppPreferences.WindowBounds;
import org.caseexplorer.settings.Settings;
import org.caseexplorer.settings.SettingsKeeper;
import org.caseexplorer.sources.ui.SourceReaderWindow;
import org.caseexplorer.startup.StartupTrace;
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

    /** What the root is given rather than makes: where work runs, where the library is read, how links go out. */
    public record Services(TaskExecutor tasks, LibraryLoader loader, Consumer<URI> browser) {
    }

    /** Room left for the window manager's title bar when the window is as tall as the screen. */

    public final AppState state = new AppState();
    public final Messages messages;
    public final SettingsKeeper keeper;
    public final Settings settings;
    public final LibraryService libraries;
    public final Navigator navigator;
    public final Dialogs dialogs;
    public final ExportService exports;
    public final ComparisonViewModel comparison;
    public final ComparisonActions comparisonActions;
    public final MainWindow window;
    public final TaskExecutor tasks;

    public CompositionRoot(AppPreferences preferences, Lang lang, Services services) {
        this(preferences, lang, services, null);
    }

    /** With the dialogs a test answers in the user's place (null: the window's own). */
    public CompositionRoot(AppPreferences preferences, Lang lang, Services services, Dialogs dialogs) {
        tasks = services.tasks();
        messages = new Messages(lang);
        keeper = new SettingsKeeper(preferences, state, messages);
        settings = keeper.settings();
        libraries = new LibraryService(state, services.loader(), tasks);
        navigator = new Navigator(state, () -> libraries.userFolder().isPresent());
        this.dialogs = dialogs != null ? dialogs : new FxDialogs(this::stage, messages);
        exports = new ExportService(messages, tasks, this.dialogs, settings::exportAuthor, settings::setExportAuthor);
        remember(exports, settings);
        comparison = new ComparisonViewModel(state);
        remember(comparison, settings);
        comparisonActions = new ComparisonActions(comparison, exports, tasks.exports());
        MainWindow[] shell = new MainWindow[1];
        CaseAuthoring authoring = new CaseAuthoring(state, messages, libraries, tasks, this::stage, this.dialogs,
                editor -> shell[0].showEditor(editor), folder -> settings.chooseLibraryFolder(Optional.of(folder)),
                (sourceId, chosen) -> SourceReaderWindow.show(stage(), state.library(), sourceId, messages, chosen));
        LibraryFlows flows = new LibraryFlows(state, messages, libraries, settings, this.dialogs, tasks, this::stage);
        WindowActions actions = new WindowActions(state, navigator, messages, libraries, authoring, flows,
                comparisonActions, exports, new WindowActions.WindowVerbs(this::quit, () -> shell[0].saveView(),
                        () -> comparisonActions.print(stage()), settings.zoomProperty(),
                        new HelpWindows(messages, this::stage, services.browser(),
                                () -> (javafx.scene.control.MenuBar) shell[0].lookup(".menu-bar"), exports.status())));
        window = new MainWindow(new MainWindow.Parts(state, navigator, messages, libraries, settings, comparison,
                comparisonActions, exports, tasks, authoring, actions,
                new SavedViewsViewModel(state, libraries, messages), this.dialogs, services.browser()));
        shell[0] = window;
        window.setDividerPositions(keeper.dividers(MainWindow.DEFAULT_DIVIDERS));
    }

    /** How the comparison is shown (row order, only differences, following the filter), as remembered and as it changes. */
    private static void remember(ComparisonViewModel comparison, Settings settings) {
        java.util.Map<String, String> view = settings.comparisonView();
        enumOf(org.caseexplorer.comparison.RowOrder.class, view.get("order")).ifPresent(comparison.orderProperty()::set);
        enumOf(org.caseexplorer.comparison.RowScope.class, view.get("scope")).ifPresent(comparison.scopeProperty()::set);
        if (view.containsKey("follow")) {
            comparison.followFilterProperty().set(Boolean.parseBoolean(view.get("follow")));
        }
        comparison.orderProperty().addListener((obs, old, now) -> view.put("order", now.name()));
        comparison.scopeProperty().addListener((obs, old, now) -> view.put("scope", now.name()));
        comparison.followFilterProperty().addListener((obs, old, now) -> view.put("follow", now.toString()));
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // written by another version, or by hand: the default stays
        }
    }

    /** The export paper and each kind's last folder, as remembered, and remembered again as they change. */
    private static void remember(ExportService exports, Settings settings) {
        Paper paper = Paper.parse(settings.exportPaperProperty().get());
        if (paper != null) {
            exports.paperProperty().set(paper);
        }
        exports.paperProperty().addListener((obs, old, now) -> settings.exportPaperProperty().set(now.cssName()));
        // A language the user picked is kept for the next start; one that follows the window is not.
        ExportLanguage picked = ExportLanguage.parse(settings.exportLanguageProperty().get());
        if (picked != null) {
            exports.languageProperty().set(picked);
        }
        exports.languageProperty().addListener((obs, old, now) -> {
            if (exports.languagePicked()) {
                settings.exportLanguageProperty().set(now.code());
            }
        });
        for (ExportService.Kind kind : ExportService.Kind.values()) {
            Path folder = settings.exportFolders().get(folderName(kind));
            if (folder != null) {
                exports.lastFolders().put(kind, folder);
            }
        }
        exports.lastFolders().addListener((MapChangeListener<ExportService.Kind, Path>) c -> {
            if (c.wasAdded()) {
                settings.exportFolders().put(folderName(c.getKey()), c.getValueAdded());
            }
        });
    }

    /** A kind's name in the settings: "comparison", "case-handout", "principle-handout", "map". */
    static String folderName(ExportService.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The screens' visual bounds, the main screen first. */
    private static java.util.List<WindowFit.Area> screens() {
        java.util.List<WindowFit.Area> areas = new java.util.ArrayList<>();
        javafx.stage.Screen primary = javafx.stage.Screen.getPrimary();
        areas.add(area(primary));
        javafx.stage.Screen.getScreens().stream().filter(s -> !s.equals(primary)).forEach(s -> areas.add(area(s)));
        return areas;
    }

    private static WindowFit.Area area(javafx.stage.Screen screen) {
        javafx.geometry.Rectangle2D b = screen.getVisualBounds();
        return new WindowFit.Area(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** The window the dialogs belong to, once shown. */
    private Window stage() {
        return window == null || window.getScene() == null ? null : window.getScene().getWindow();
    }

    /** File ▸ Quit: closes the window, once the editor's unsaved edits are seen to. */
    private void quit() {
        if (window.mayClose() && stage() != null) {
            stage().hide();
        }
    }

    /**
     * On the FX thread: puts the window on {@code stage} where it was left last time, with its
     * title, shortcuts and the questions closing it asks, and shows it; {@code beforeShow} gets the
     * scene first (the start-up probes hook into its first frame).
     */
    public Scene show(Stage stage, Consumer<Scene> beforeShow) {
        WindowFit.Placement place = WindowFit.place(keeper.windowBounds(), screens(), WindowFit.Frame.TYPICAL);
        Scene scene = new Scene(window, place.width(), place.height());
        Theme.addAppStylesheet(scene);
        // The zoom the user left it at, and every change from here on (View ▸ Zoom In / Out, Ctrl+plus / minus).
        Theme.zoom(scene, settings.zoomProperty().get());
        settings.zoomProperty().addListener((obs, old, now) -> Theme.zoom(scene, now.doubleValue()));
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(messages.bind("app.title"));
        stage.setMinWidth(Math.min(WindowFit.MIN_WIDTH, place.width()));
        stage.setMinHeight(Math.min(WindowFit.MIN_HEIGHT, place.height()));
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setMaximized(place.maximized());
        stage.setOnCloseRequest(e -> {
            if (!window.mayClose()) {
                e.consume();
            }
        });
        stage.setOnHiding(e -> keeper.windowClosing(
                // The inside's size, which the next start gives the scene: the window's own would grow by its title bar each time.
                new WindowBounds(stage.getX(), stage.getY(), scene.getWidth(), scene.getHeight(), stage.isMaximized()),
                window.dividerPositions()));
        beforeShow.accept(scene);
        StartupTrace.mark("before show");
        stage.show();
        StartupTrace.mark("after show");
        window.gallery().focusCards();
        if (window.getTop() instanceof javafx.scene.layout.Pane top) {
            FirstRunTour.startIfNew(window, top, messages, settings.tourDoneProperty());
        }
        return scene;
    }
}
