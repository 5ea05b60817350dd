package org.caseexplorer.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.caseexplorer.authoring.ui.CaseAuthoring;
import org.caseexplorer.comparison.ui.ComparisonActions;
import org.caseexplorer.comparison.ui.ComparisonTray;
import org.caseexplorer.comparison.ui.ComparisonViewModel;
import org.caseexplorer.detail.ui.CaseDetailPane;
import org.caseexplorer.export.ui.ActionStatusBar;
import org.caseexplorer.export.ui.ExportService;
import org.caseexplorer.filter.ui.PrincipleFilterPanel;
import org.caseexplorer.gallery.ui.CaseGallery;
import org.caseexplorer.dialogs.ui.Dialogs;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.map.ui.PrincipleMapView;
import org.caseexplorer.principles.ui.PrinciplePage;
import org.caseexplorer.problems.ui.ProblemsPanel;
import org.caseexplorer.savedviews.ui.SavedViewsPanel;
import org.caseexplorer.savedviews.ui.SavedViewsViewModel;
import org.caseexplorer.settings.Settings;
import org.caseexplorer.sources.ui.SourceReaderWindow;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.ui.FirstNeed;
import org.caseexplorer.ui.Theme;

/**
 * The main window's layout: menus and search bar on top; the principle panel, the cards and the
 * detail pane (or the editor) side by side, or in their place the screen the {@link Navigator}
 * says the user is on; the tray, the export strip, the problems and the status strip below. It
 * holds no state of its own: where the user is is the navigator's, what can be done is
 * {@link WindowActions}'.
 */
public final class MainWindow extends BorderPane {

    static final double[] DEFAULT_DIVIDERS = ExplorerSplit.DEFAULT_DIVIDERS;

    /** What the window is made of, wired by the {@link CompositionRoot}. */
    record Parts(AppState state, Navigator navigator, Messages messages, LibraryService libraries, Settings settings,
                 ComparisonViewModel comparison, ComparisonActions comparisonActions, ExportService exports,
                 TaskExecutor tasks, CaseAuthoring authoring, WindowActions actions, SavedViewsViewModel savedViews,
                 Dialogs dialogs, Consumer<URI> browser) {
    }

    private final Parts parts;
    private final Navigator navigator;
    private final ExplorerSplit split;
    private final VBox bottom;
    private final PaneCycle panes;
    private final CaseGallery gallery;
    private final SearchBar searchBar;
    private final WindowMenus menus;
    private final SavedViewsPanel savedViews;
    private final BooleanBinding comparing;
    private final CentreScreens screens;

    MainWindow(Parts parts) {
        this.parts = parts;
        this.navigator = parts.navigator();
        AppState state = parts.state();
        Messages messages = parts.messages();
        getStyleClass().add("main-window");
        comparing = Bindings.createBooleanBinding(() -> navigator.screen() == Navigator.Screen.COMPARISON,
                navigator.placeProperty());
        gallery = new CaseGallery(state, messages);
        gallery.scaleWith(parts.settings().zoomProperty());
        screens = new CentreScreens(parts);
        PrincipleFilterPanel filterPanel = new PrincipleFilterPanel(state, navigator, messages);
        // The saved views sit below the principles: a view is a filter (and a comparison) kept.
        savedViews = new SavedViewsPanel(parts.savedViews(), messages, parts.dialogs());
        VBox side = new VBox(filterPanel, savedViews);
        side.getStyleClass().add("side-panel");
        VBox.setVgrow(filterPanel, Priority.ALWAYS);
        split = new ExplorerSplit(parts, side, gallery, new CaseDetailPane(state, navigator, messages, parts.tasks(),
                parts.browser(), this::readSource));
        parts.actions().installCaseMenu(gallery);

        BooleanProperty problemsShown = navigator.problemsShownProperty();
        bottom = new VBox(new ComparisonTray(state, messages, navigator::showComparison, comparing),
                new ActionStatusBar(parts.exports().status(), messages, parts.browser()),
                new StatusStrip(state, messages, parts.libraries(), parts.authoring().status(),
                        parts.authoring().failing(), problemsShown));
        // The problems table is made the first time it is shown: most starts never need it.
        FirstNeed.when(problemsShown, Boolean.TRUE::equals, () -> {
            ProblemsPanel problems = new ProblemsPanel(state.problems(), messages);
            problems.visibleProperty().bind(problemsShown);
            problems.managedProperty().bind(problemsShown);
            bottom.getChildren().add(0, problems);
        });

        menus = new WindowMenus(this, parts.actions(), messages, parts.settings().darkThemeProperty(), problemsShown,
                parts.authoring()::undoText);
        searchBar = new SearchBar(state, messages, parts.actions().map, comparing);
        setTop(new VBox(menus.bar(), searchBar));
        setCenter(split);
        setBottom(bottom);
        panes = new PaneCycle(searchBar, gallery, split, bottom, this::getCenter);

        parts.settings().darkThemeProperty().addListener((obs, old, now) -> Theme.apply(now));
        navigator.placeProperty().addListener((obs, old, now) -> show(now));
    }

    /** Keyboard shortcuts that work anywhere in the window. */
    public void installShortcuts(Scene scene) {
        parts.actions().install(scene);
        panes.install(scene);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> {
            navigator.showCards();
            searchBar.field().requestFocus();
            searchBar.field().selectAll();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // The Esc that closed a menu reaches the window too: it closes the menu and does nothing else.
            if (e.getCode() != KeyCode.ESCAPE || menus.closedByThisKey()) {
                return;
            }
            // In the editor, on the cards, Esc is the fields' own (a combo box closes); Close is a button.
            Navigator.Escape done = navigator.escape();
            if (done == Navigator.Escape.CLEARED_FILTER) {
                gallery.focusCards();
            }
            if (done != Navigator.Escape.NOTHING) {
                e.consume();
            }
        });
    }

    /** Whether the window may close now: asks first about unsaved edits in the editor. */
    public boolean mayClose() {
        return parts.authoring().mayQuit();
    }

    /** Where the dividers are now, to remember them (while the editor is open, where they were before it). */
    public double[] dividerPositions() {
        return split.remembered();
    }

    /** Puts the dividers where they were left last time. */
    public void setDividerPositions(double... positions) {
        split.setDividerPositions(positions);
    }

    /** The editor in place of the detail pane, or (null) the detail pane back. */
    void showEditor(Node editor) {
        split.showEditor(editor);
    }

    public TextField searchField() {
        return searchBar.field();
    }

    public CaseGallery gallery() {
        return gallery;
    }

    /** The case editor's side of the window: library actions, dialogs, undo routing. */
    CaseAuthoring authoring() {
        return parts.authoring();
    }

    /** Where a new library is proposed (a "Case Explorer" folder in it); tests give a temporary folder. */
    public void setDocumentsFolder(Path folder) {
        parts.authoring().setDocumentsFolder(folder);
    }

    /** After start-up: offers back unsaved edits a crash left behind. */
    public void offerRecovery() {
        parts.authoring().offerRecovery();
    }

    /**
     * Save view…: asks a name for the filter, search and comparison as they are. Views are kept in
     * a library of one's own: with none open, it offers to make one first, as New case does.
     */
    void saveView() {
        parts.authoring().withLibrary(savedViews::saveWithDialog);
    }

    /** Shows the comparison of the chosen cases in place of the explorer (with two or more chosen). */
    public void showComparison() {
        navigator.showComparison();
    }

    /** Back from the comparison, the map or a principle's page to the principle panel, cards and detail pane. */
    public void showExplorer() {
        navigator.showCards();
    }

    /** Shows the principle map in place of the explorer. */
    public void showMap() {
        navigator.showMap();
    }

    public boolean isShowingMap() {
        return navigator.screen() == Navigator.Screen.MAP;
    }

    public boolean isComparing() {
        return comparing.get();
    }

    /** The map view, once it has been shown. */
    public PrincipleMapView mapView() {
        return screens.mapView();
    }

    /** The principle page, once one has been opened. */
    public PrinciplePage principlePage() {
        return screens.principlePage();
    }

    /** Puts in the centre what the navigator says the user is on, and gives it the focus. */
    private void show(Navigator.Place place) {
        Node screen = place.screen() == Navigator.Screen.CARDS ? split : screens.screenFor(place.screen());
        setCenter(screen);
        // A new centre goes after the bottom among the children, and Tab with it: set the bottom again, last.
        setBottom(null);
        setBottom(bottom);
        if (place.screen() == Navigator.Screen.CARDS) {
            gallery.focusCards();
        } else {
            screen.requestFocus();
        }
    }

    /** Opens a source's text beside the window, for reading. */
    private void readSource(String sourceId) {
        SourceReaderWindow.show(getScene() == null ? null : getScene().getWindow(), parts.state().library(), sourceId,
                parts.messages(), null);
    }
}
