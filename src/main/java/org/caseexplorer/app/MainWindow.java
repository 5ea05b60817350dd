package org.caseexplorer.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Case;
import org.caseexplorer.compare.ComparisonActions;
import org.caseexplorer.compare.ComparisonTray;
import org.caseexplorer.compare.ComparisonView;
import org.caseexplorer.compare.ComparisonViewModel;
import org.caseexplorer.detail.CaseDetailPane;
import org.caseexplorer.exporting.ExportService;
import org.caseexplorer.gallery.CaseGallery;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.mapview.PrincipleMapView;
import org.caseexplorer.principles.PrincipleFilterPanel;
import org.caseexplorer.principles.PrinciplePage;
import org.caseexplorer.problems.ProblemsPanel;
import org.caseexplorer.settings.Settings;
import org.caseexplorer.sources.SourceReaderWindow;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.ui.FirstNeed;
import org.caseexplorer.ui.Theme;
import org.caseexplorer.ui.UserAction;
import org.caseexplorer.viewspanel.SavedViewsPanel;
import org.caseexplorer.viewspanel.SavedViewsViewModel;
import org.controlsfx.control.GridCell;

/**
 * The main window's layout: menus and search bar on top; the principle panel, the cards and the
 * detail pane (or the editor) side by side, or in their place the screen the {@link Navigator}
 * says the user is on; the tray, the export strip, the problems and the status strip below. It
 * holds no state of its own: where the user is is the navigator's, what can be done is
 * {@link WindowActions}'.
 */
public final class MainWindow extends BorderPane {

    static final double[] DEFAULT_DIVIDERS = {0.23, 0.66};

    /** What the window is made of, wired by the {@link CompositionRoot}. */
    record Parts(AppState state, Navigator navigator, Messages messages, LibraryService libraries, Settings settings,
                 ComparisonViewModel comparison, ComparisonActions comparisonActions, ExportService exports,
                 TaskExecutor tasks, CaseAuthoring authoring, WindowActions actions, SavedViewsViewModel savedViews,
                 Consumer<URI> browser) {
    }

    private final Parts parts;
    private final Navigator navigator;
    private final SplitPane split = new SplitPane();
    private final CaseGallery gallery;
    private final SearchBar searchBar;
    private final WindowMenus menus;
    private final SavedViewsPanel savedViews;
    private final Node detailPane;
    private final BooleanBinding comparing;
    private double[] dividersBeforeEditor;
    private ComparisonView comparisonView;
    private PrincipleMapView mapView;
    private PrinciplePage principlePage;

    MainWindow(Parts parts) {
        this.parts = parts;
        this.navigator = parts.navigator();
        AppState state = parts.state();
        Messages messages = parts.messages();
        getStyleClass().add("main-window");
        comparing = Bindings.createBooleanBinding(() -> navigator.screen() == Navigator.Screen.COMPARISON,
                navigator.placeProperty());

        gallery = new CaseGallery(state, messages);
        PrincipleFilterPanel filterPanel = new PrincipleFilterPanel(state, navigator, messages);
        // The saved views sit below the principles: a view is a filter (and a comparison) kept.
        savedViews = new SavedViewsPanel(parts.savedViews(), messages);
        VBox side = new VBox(filterPanel, savedViews);
        side.getStyleClass().add("side-panel");
        VBox.setVgrow(filterPanel, Priority.ALWAYS);
        detailPane = detailWithActions(new CaseDetailPane(state, navigator, messages, parts.tasks(), parts.browser(),
                this::readSource));
        split.getItems().addAll(side, gallery, detailPane);
        SplitPane.setResizableWithParent(side, false);
        split.setDividerPositions(DEFAULT_DIVIDERS);
        // Right-click (or the context-menu key) on a card: the actions on that case.
        gallery.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::caseMenu);

        BooleanProperty problemsShown = navigator.problemsShownProperty();
        VBox bottom = new VBox(new ComparisonTray(state, messages, navigator::showComparison, comparing),
                new ActionStatusBar(parts.exports().status(), messages, parts.browser()),
                new StatusStrip(state, messages, parts.libraries(), parts.authoring().status(),
                        problemsShown));
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

        parts.settings().darkThemeProperty().addListener((obs, old, now) -> Theme.apply(now));
        navigator.placeProperty().addListener((obs, old, now) -> show(now));
    }

    /** Keyboard shortcuts that work anywhere in the window. */
    public void installShortcuts(Scene scene) {
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
        return navigator.isEditing() && dividersBeforeEditor != null ? dividersBeforeEditor.clone()
                : split.getDividerPositions();
    }

    /** Puts the dividers where they were left last time. */
    public void setDividerPositions(double... positions) {
        split.setDividerPositions(positions);
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

    /** Save view…: asks a name for the filter, search and comparison as they are. */
    void saveView() {
        savedViews.saveWithDialog();
    }

    /** The editor in place of the detail pane, or (null) the detail pane back; the navigator knows which. */
    void showEditor(Node editor) {
        boolean opening = split.getItems().get(2) == detailPane && editor != null;
        boolean closing = split.getItems().get(2) != detailPane && editor == null;
        double[] dividers = split.getDividerPositions();
        split.getItems().set(2, editor == null ? detailPane : editor);
        if (opening) {
            // The editor has two columns of fields: it takes most of the width while it is open.
            dividersBeforeEditor = dividers;
            split.setDividerPositions(Math.min(dividers[0], 0.2), Math.min(dividers[1], 0.42));
        } else if (closing && dividersBeforeEditor != null) {
            split.setDividerPositions(dividersBeforeEditor);
        } else {
            split.setDividerPositions(dividers);
        }
        if (editor != null) {
            navigator.openEditor();
        } else {
            navigator.closeEditor();
        }
    }

    /** The detail pane with the actions on the case it shows, made with the first case opened. */
    private Node detailWithActions(CaseDetailPane detail) {
        VBox box = new VBox(detail);
        VBox.setVgrow(detail, Priority.ALWAYS);
        FirstNeed.when(parts.state().selectedProperty(), Objects::nonNull, () -> {
            HBox actions = new HBox(6);
            String[] ids = {"detail-edit", "detail-duplicate", "detail-delete", "detail-history"};
            int i = 0;
            for (UserAction action : parts.actions().caseActions()) {
                Button button = action.button(parts.messages());
                button.setId(ids[i++]);
                actions.getChildren().add(button);
            }
            actions.getStyleClass().add("detail-actions");
            actions.setAlignment(Pos.CENTER_LEFT);
            actions.visibleProperty().bind(parts.state().selectedProperty().isNotNull());
            actions.managedProperty().bind(actions.visibleProperty());
            box.getChildren().add(0, actions);
        });
        return box;
    }

    private void caseMenu(ContextMenuEvent e) {
        Case c = null;
        for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != gallery; n = n.getParent()) {
            if (n instanceof GridCell<?> cell && cell.getItem() instanceof Case shown) {
                c = shown;
                break;
            }
        }
        c = c == null ? parts.state().selected() : c;
        if (c != null) {
            parts.state().select(c);
            parts.actions().caseMenu().show(gallery, e.getScreenX(), e.getScreenY());
            e.consume();
        }
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
        return mapView;
    }

    /** The principle page, once one has been opened. */
    public PrinciplePage principlePage() {
        return principlePage;
    }

    /** Puts in the centre what the navigator says the user is on; each screen is made the first time it is needed. */
    private void show(Navigator.Place place) {
        Node screen = switch (place.screen()) {
            case CARDS -> split;
            case COMPARISON -> comparisonView != null ? comparisonView : (comparisonView =
                    new ComparisonView(parts.comparison(), navigator, parts.comparisonActions(), parts.messages()));
            case MAP -> mapView != null ? mapView : (mapView =
                    new PrincipleMapView(parts.state(), navigator, parts.messages(), parts.tasks(), parts.exports()));
            case PRINCIPLE -> principlePage != null ? principlePage : (principlePage =
                    new PrinciplePage(parts.state(), navigator, parts.messages(), parts.exports()));
        };
        setCenter(screen);
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
