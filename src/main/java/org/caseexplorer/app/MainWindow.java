package org.caseexplorer.app;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.compare.ComparisonActions;
import org.caseexplorer.compare.ComparisonTray;
import org.caseexplorer.compare.ComparisonView;
import org.caseexplorer.compare.HandoutActions;
import org.caseexplorer.compare.ComparisonViewModel;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.detail.CaseDetailPane;
import org.caseexplorer.export.Handouts;
import org.caseexplorer.export.PrincipleHandoutExporter;
import org.caseexplorer.gallery.CaseGallery;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.mapview.PrincipleMapView;
import org.caseexplorer.principles.PrincipleFilterPanel;
import org.caseexplorer.principles.PrinciplePage;
import org.caseexplorer.problems.ProblemsPanel;
import org.caseexplorer.settings.Settings;
import org.caseexplorer.sources.EvidenceQuote;
import org.caseexplorer.sources.AddSourceDialog;
import org.caseexplorer.sources.SourceImport;
import org.caseexplorer.sources.SourceReaderWindow;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.ui.ChoiceToggles;
import org.caseexplorer.ui.FirstNeed;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LazyTooltip;
import org.caseexplorer.ui.Theme;
import org.caseexplorer.viewspanel.SavedViewsPanel;
import org.caseexplorer.viewspanel.SavedViewsViewModel;
import org.controlsfx.control.SegmentedButton;

/**
 * The main window's content: menu, search bar and language switch, then principle panel,
 * gallery and detail pane side by side, and the problems panel with a status bar below.
 */
public final class MainWindow extends BorderPane {

    static final double[] DEFAULT_DIVIDERS = {0.23, 0.66};
    private static final PseudoClass HAS_PROBLEMS = PseudoClass.getPseudoClass("has-problems");

    private final AppState state;
    private final Messages messages;
    private final LibraryService libraries;
    private final Settings settings;
    private final CustomTextField search = new CustomTextField();
    private final SplitPane split = new SplitPane();
    private final MenuBar menus;
    /** Set while the key event that closed a menu is still being handled. */
    private boolean menuClosedByThisKey;
    private final CaseGallery gallery;
    private final Navigator navigator;
    /** Whether the comparison is what the centre shows, as the navigator says. */
    private final BooleanBinding comparing;
    private final ComparisonViewModel comparison;
    private final ComparisonActions comparisonActions;
    private ComparisonView comparisonView;
    private final CaseAuthoring authoring;
    private final Node detailPane;
    private double[] dividersBeforeEditor;
    private final SavedViewsPanel savedViews;
    private final TaskExecutor tasks;
    private final PrincipleHandoutExporter handouts;
    private PrincipleMapView mapView;
    private PrinciplePage principlePage;

    public MainWindow(AppState state, Navigator navigator, Messages messages, LibraryService libraries, Settings settings,
                      ComparisonViewModel comparison, ComparisonActions comparisonActions, Consumer<URI> browser,
                      TaskExecutor tasks, PrincipleHandoutExporter handouts) {
        this.state = state;
        this.navigator = navigator;
        this.comparing = Bindings.createBooleanBinding(() -> navigator.screen() == Navigator.Screen.COMPARISON,
                navigator.placeProperty());
        this.messages = messages;
        this.libraries = libraries;
        this.settings = settings;
        this.comparison = comparison;
        this.comparisonActions = comparisonActions;
        this.tasks = tasks;
        this.handouts = handouts;
        this.gallery = new CaseGallery(state, messages);
        getStyleClass().add("main-window");

        PrincipleFilterPanel filterPanel = new PrincipleFilterPanel(state, navigator, messages);
        this.authoring = new CaseAuthoring(state, messages, libraries, settings, this::window, this::showEditor);
        this.detailPane = detailWithActions(new CaseDetailPane(state, navigator, messages, tasks, browser, this::readSource));
        // The saved views sit below the principles: a view is a filter (and a comparison) kept.
        savedViews = new SavedViewsPanel(new SavedViewsViewModel(state, libraries, messages), messages);
        VBox side = new VBox(filterPanel, savedViews);
        side.getStyleClass().add("side-panel");
        VBox.setVgrow(filterPanel, Priority.ALWAYS);
        split.getItems().addAll(side, gallery, detailPane);
        installCardMenu();
        SplitPane.setResizableWithParent(side, false);
        split.setDividerPositions(DEFAULT_DIVIDERS);
        VBox bottom = new VBox(new ComparisonTray(state, messages, navigator::showComparison, comparing),
                new ActionStatusBar(comparisonActions.status(), messages, browser), statusBar());
        // The problems table is built the first time it is shown: most starts never need it.
        BooleanProperty problemsShown = navigator.problemsShownProperty();
        problemsShown.addListener((obs, old, shown) -> {
            if (shown && bottom.lookup(".problems-panel") == null) {
                ProblemsPanel problems = new ProblemsPanel(state.problems(), messages);
                problems.visibleProperty().bind(problemsShown);
                problems.managedProperty().bind(problemsShown);
                bottom.getChildren().add(0, problems);
            }
        });

        menus = menuBar();
        setTop(new VBox(menus, toolbar()));
        setCenter(split);
        setBottom(bottom);

        bindSearchField();
        settings.darkThemeProperty().addListener((obs, old, now) -> Theme.apply(now));
        navigator.placeProperty().addListener((obs, old, now) -> show(now));
    }

    /** Keyboard shortcuts that work anywhere in the window. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> {
            navigator.showCards();
            search.requestFocus();
            search.selectAll();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && menuClosedByThisKey) {
                // The Esc that closed a menu reaches the window too: it closes the menu and does nothing else.
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE) {
                // In the editor, on the cards, Esc is the fields' own (a combo box closes); Close is a button.
                Navigator.Escape done = navigator.escape();
                if (done == Navigator.Escape.CLEARED_FILTER) {
                    gallery.focusCards();
                }
                if (done != Navigator.Escape.NOTHING) {
                    e.consume();
                }
            }
        });
    }

    /** Whether the window may close now: asks first about unsaved edits in the editor. */
    public boolean mayClose() {
        return authoring.mayQuit();
    }

    /** Where the dividers are now, to remember them. */
    public double[] dividerPositions() {
        // While the editor is open its wider pane is not what the window remembers.
        if (split.getItems().get(2) != detailPane && dividersBeforeEditor != null) {
            return dividersBeforeEditor.clone();
        }
        return split.getDividerPositions();
    }

    /** Puts the dividers where they were left last time. */
    public void setDividerPositions(double... positions) {
        split.setDividerPositions(positions);
    }

    public TextField searchField() {
        return search;
    }

    public CaseGallery gallery() {
        return gallery;
    }

    /** The case editor's side of the window: library actions, dialogs, undo routing. */
    CaseAuthoring authoring() {
        return authoring;
    }

    /** Where a new library is proposed (a "Case Explorer" folder in it); tests give a temporary folder. */
    public void setDocumentsFolder(Path folder) {
        authoring.setDocumentsFolder(folder);
    }

    /** After start-up: offers back unsaved edits a crash left behind. */
    public void offerRecovery() {
        authoring.offerRecovery();
    }

    /** The editor in place of the detail pane, or (null) the detail pane back; the navigator knows which. */
    private void showEditor(Node editor) {
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

    /** The detail pane with the actions on the case it shows: edit, duplicate, delete, history. */
    private Node detailWithActions(CaseDetailPane detail) {
        VBox box = new VBox(detail);
        VBox.setVgrow(detail, Priority.ALWAYS);
        // Made with the first case opened: until then there is nothing for them to act on.
        FirstNeed.when(state.selectedProperty(), Objects::nonNull, () -> box.getChildren().add(0, detailActions()));
        return box;
    }

    private HBox detailActions() {
        Button edit = new Button();
        edit.textProperty().bind(messages.bind("detail.action.edit"));
        edit.setOnAction(e -> authoring.editSelected());
        edit.setId("detail-edit");
        Button duplicate = new Button();
        duplicate.textProperty().bind(messages.bind("detail.action.duplicate"));
        duplicate.setOnAction(e -> authoring.duplicate(state.selected()));
        duplicate.setId("detail-duplicate");
        Button delete = new Button();
        delete.textProperty().bind(messages.bind("detail.action.delete"));
        delete.setOnAction(e -> authoring.delete(state.selected()));
        Button history = new Button();
        history.textProperty().bind(messages.bind("detail.action.history"));
        history.setOnAction(e -> authoring.history(state.selected() == null ? null : state.selected().id()));
        for (Button b : new Button[] {edit, duplicate, delete, history}) {
            b.getStyleClass().addAll(Styles.SMALL);
            b.setMnemonicParsing(false);
        }
        BooleanBinding notMine = Bindings.createBooleanBinding(() -> !authoring.isMine(state.selected()),
                state.selectedProperty(), state.loadedProperty());
        edit.disableProperty().bind(notMine);
        delete.disableProperty().bind(notMine);
        history.disableProperty().bind(notMine);
        duplicate.disableProperty().bind(state.selectedProperty().isNull());
        HBox actions = new HBox(6, edit, duplicate, delete, history);
        actions.getStyleClass().add("detail-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.visibleProperty().bind(state.selectedProperty().isNotNull());
        actions.managedProperty().bind(actions.visibleProperty());
        return actions;
    }

    /** Right-click (or the context-menu key) on a card: the library actions on that case. */
    private void installCardMenu() {
        gallery.addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Case c = null;
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != gallery; n = n.getParent()) {
                if (n instanceof org.controlsfx.control.GridCell<?> cell && cell.getItem() instanceof Case shown) {
                    c = shown;
                    break;
                }
            }
            if (c == null) {
                c = state.selected();
            }
            if (c != null) {
                state.select(c);
                authoring.menuFor(c).show(gallery, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
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
            case COMPARISON -> comparisonView == null
                    ? comparisonView = new ComparisonView(comparison, navigator, comparisonActions, messages)
                    : comparisonView;
            case MAP -> mapView == null ? mapView = new PrincipleMapView(state, navigator, messages, tasks) : mapView;
            case PRINCIPLE -> principlePage == null
                    ? principlePage = new PrinciplePage(state, navigator, messages, handouts, tasks)
                    : principlePage;
        };
        setCenter(screen);
        if (place.screen() == Navigator.Screen.CARDS) {
            gallery.focusCards();
        } else {
            screen.requestFocus();
        }
    }

    /**
     * The menu bar with its five menus. Their items (some forty, each with its bindings and
     * shortcut) are made once the first frame is on its way: no one can open a menu before it is
     * on screen, and the first frame comes that much sooner.
     */
    private MenuBar menuBar() {
        Menu file = menu("menu.file");
        Menu edit = menu("menu.edit");
        Menu view = menu("menu.view");
        Menu caseMenu = menu("menu.case");
        Menu compare = menu("menu.compare");
        boolean[] filled = new boolean[1];
        Runnable fill = () -> {
            if (!filled[0]) {
                filled[0] = true;
                fillMenus(file, edit, view, caseMenu, compare);
            }
        };
        afterFirstFrame(fill);
        // A click or a key quicker than that (a menu opened, a shortcut pressed as the window
        // appears) has them made first, before it is handled.
        FirstNeed.when(sceneProperty(), Objects::nonNull, () -> beforeFirstInput(getScene(), fill));
        return new MenuBar(file, edit, view, caseMenu, compare);
    }

    /** Runs {@code work} once, as the first key or mouse press reaches the scene, before anything handles it. */
    private static void beforeFirstInput(Scene scene, Runnable work) {
        EventHandler<InputEvent> once = new EventHandler<>() {
            @Override
            public void handle(InputEvent event) {
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
                scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
                work.run();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, once);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, once);
    }

    private void fillMenus(Menu file, Menu edit, Menu view, Menu caseMenu, Menu compare) {
        MenuItem open = item("menu.file.open", "Shortcut+O", this::chooseLibrary);
        MenuItem close = item("menu.file.close", null, () -> switchLibrary(Optional.empty()));
        close.disableProperty().bind(Bindings.createBooleanBinding(
                () -> libraries.userFolder().isEmpty(), state.loadedProperty()));
        MenuItem reload = item("menu.file.reload", "F5", libraries::reload);
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", () -> {
            if (mayClose()) {
                getScene().getWindow().hide();
            }
        });
        BooleanBinding nothingToCompare = comparisonActions.canExport().not();
        MenuItem export = item("menu.file.export", "Shortcut+E", () -> comparisonActions.exportWithDialog(window()));
        export.disableProperty().bind(nothingToCompare);
        HandoutActions handouts = new HandoutActions(comparisonActions, messages, state::library);
        MenuItem exportCase = item("menu.file.exportCase", "Shortcut+Shift+E", () -> {
            if (state.selected() != null) {
                handouts.exportWithDialog(window(), Handouts.Kind.CASE, state.selected().id());
            }
        });
        exportCase.disableProperty().bind(state.selectedProperty().isNull()
                .or(comparisonActions.runningProperty().isNotNull()));
        MenuItem saveView = item("views.save", "Shortcut+Shift+S", () -> savedViews.saveWithDialog());
        MenuItem print = item("menu.file.print", "Shortcut+P", () -> comparisonActions.print(window()));
        print.disableProperty().bind(nothingToCompare);
        MenuItem author = item("menu.file.author", null, this::chooseAuthor);
        MenuItem addSource = item("menu.file.addSource", null, this::addSource);
        addSource.disableProperty().bind(Bindings.createBooleanBinding(
                () -> libraries.userFolder().isEmpty(), state.loadedProperty()));
        MenuItem newCase = item("menu.case.new", "Shortcut+N", authoring::newCase);
        MenuItem save = item("menu.case.save", "Shortcut+S", authoring::save);
        file.getItems().addAll(newCase, save, new SeparatorMenuItem(), open, close, reload, addSource,
                new SeparatorMenuItem(), saveView, export, exportCase, print, author, new SeparatorMenuItem(), quit);
        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", authoring::undo);
        MenuItem redo = item("menu.edit.redo", "Shortcut+Shift+Z", authoring::redo);
        edit.getItems().addAll(undo, redo);
        // Outside the editor Undo takes back a library action: the menu names it before it is chosen.
        undo.textProperty().unbind();
        undo.setText(messages.get("menu.edit.undo"));
        edit.setOnShowing(e -> undo.setText(authoring.undoText()));
        MenuItem editCase = item("menu.case.edit", "F2", authoring::editSelected);
        editCase.disableProperty().bind(Bindings.createBooleanBinding(() -> !authoring.isMine(state.selected()),
                state.selectedProperty(), state.loadedProperty()));
        MenuItem duplicate = item("menu.case.duplicate", "Shortcut+D", () -> authoring.duplicate(state.selected()));
        duplicate.disableProperty().bind(state.selectedProperty().isNull());
        MenuItem delete = item("menu.case.delete", null, () -> authoring.delete(state.selected()));
        delete.disableProperty().bind(editCase.disableProperty());
        MenuItem history = item("menu.case.history", null, () -> authoring.history(
                state.selected() == null ? null : state.selected().id()));
        history.disableProperty().bind(editCase.disableProperty());
        MenuItem recover = item("menu.case.recover", null, authoring::offerRecovery);
        caseMenu.getItems().addAll(editCase, duplicate, delete, history, new SeparatorMenuItem(), recover);

        RadioMenuItem english = new RadioMenuItem("English");
        RadioMenuItem chinese = new RadioMenuItem("中文");
        bindLanguage(ChoiceToggles.group(english, Lang.EN, chinese, Lang.ZH));
        CheckMenuItem darkItem = new CheckMenuItem();
        darkItem.textProperty().bind(messages.bind("menu.view.dark"));
        darkItem.selectedProperty().bindBidirectional(settings.darkThemeProperty());
        CheckMenuItem problemsItem = new CheckMenuItem();
        problemsItem.textProperty().bind(messages.bind("menu.view.problems"));
        problemsItem.selectedProperty().bindBidirectional(navigator.problemsShownProperty());
        MenuItem map = item("menu.view.map", "Shortcut+M", this::showMap);
        view.getItems().addAll(english, chinese, new SeparatorMenuItem(), map, new SeparatorMenuItem(),
                darkItem, problemsItem);
        MenuItem toggle = item("menu.compare.toggle", "Shortcut+Shift+C", () -> {
            if (state.selected() != null) {
                state.toggleComparison(state.selected());
            }
        });
        toggle.disableProperty().bind(state.selectedProperty().isNull());
        MenuItem openComparison = item("menu.compare.open", "Shortcut+Shift+M", this::showComparison);
        openComparison.disableProperty().bind(Bindings.size(state.comparedCases()).lessThan(Comparison.MIN_CASES));
        MenuItem clearComparison = item("menu.compare.clear", null, state::clearComparison);
        clearComparison.disableProperty().bind(Bindings.isEmpty(state.comparedCases()));
        compare.getItems().addAll(toggle, openComparison, clearComparison);
    }

    /**
     * Runs {@code work} once this window's first frame is on its way to the screen: after the
     * scene's first layout pulse, behind what that pulse queued (the frame is drawn on the
     * renderer's thread meanwhile).
     */
    private void afterFirstFrame(Runnable work) {
        FirstNeed.when(sceneProperty(), Objects::nonNull, () -> {
            Scene scene = getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> Platform.runLater(work));
            };
            scene.addPostLayoutPulseListener(once[0]);
        });
    }

    private HBox toolbar() {
        search.promptTextProperty().bind(messages.bind("search.prompt"));
        search.accessibleTextProperty().bind(messages.bind("search.prompt"));
        search.setPrefColumnCount(32);
        search.setId("search");
        search.setLeft(Icons.search());
        Button clearSearch = new Button(null, Icons.clear());
        clearSearch.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        clearSearch.accessibleTextProperty().bind(messages.bind("search.clear"));
        clearSearch.setOnAction(e -> state.clearSearch());
        clearSearch.setFocusTraversable(false);
        clearSearch.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clearSearch);
        ToggleButton en = new ToggleButton("English");
        ToggleButton zh = new ToggleButton("中文");
        en.setId("lang-en");
        zh.setId("lang-zh");
        ToggleGroup langs = ChoiceToggles.group(en, Lang.EN, zh, Lang.ZH);
        SegmentedButton langSwitch = new SegmentedButton(en, zh);
        langSwitch.setToggleGroup(langs);
        langSwitch.getStyleClass().add("lang-switch");
        bindLanguage(langs);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(720);
        // The search acts on the cards: in the comparison the row steps aside and gives the
        // matrix its height (the language stays in the View menu).
        Button mapButton = new Button(null, Icons.map());
        mapButton.textProperty().bind(messages.bind("map.open"));
        mapButton.setId("open-map");
        LazyTooltip.install(mapButton, () -> messages.get("map.open.tooltip"));
        mapButton.setOnAction(e -> showMap());
        HBox end = new HBox(8, mapButton, langSwitch);
        end.setAlignment(Pos.CENTER_RIGHT);
        HBox row = bar("tool-bar-row", search, end);
        row.visibleProperty().bind(comparing.not());
        row.managedProperty().bind(comparing.not());
        return row;
    }

    private void bindLanguage(ToggleGroup group) {
        ChoiceToggles.bind(group, messages.langProperty(), messages.langProperty()::set);
    }

    private HBox statusBar() {
        Label library = new Label();
        library.textProperty().bind(Bindings.createStringBinding(() -> libraries.userFolder()
                        .map(p -> messages.format("status.library.user", p.toString()))
                        .orElse(messages.get("status.library.builtIn")),
                state.loadedProperty(), messages.langProperty()));
        ToggleButton problems = new ToggleButton();
        problems.setGraphic(Icons.problems());
        problems.textProperty().bind(messages.bindFormat("status.problems",
                // Notes (a one-language case, a quote in another form) are not counted as problems.
                Bindings.createIntegerBinding(() -> (int) state.problems().stream().filter(p -> !p.isNote()).count(),
                        state.problems())));
        problems.selectedProperty().bindBidirectional(navigator.problemsShownProperty());
        state.problems().addListener((ListChangeListener<Problem>) c ->
                problems.pseudoClassStateChanged(HAS_PROBLEMS, state.problems().stream().anyMatch(p -> !p.isNote())));
        problems.getStyleClass().add(Styles.FLAT);
        problems.setId("problems-toggle");
        Label done = new Label();
        done.setId("authoring-status");
        done.textProperty().bind(authoring.status());
        return bar("status-bar", new HBox(16, library, done), problems);
    }

    /** A row with one node at each end. */
    private static HBox bar(String styleClass, Node start, Node end) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, start, spacer, end);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(styleClass);
        return bar;
    }

    private void bindSearchField() {
        search.setText(state.filter().text());
        search.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(state.filter().text())) {
                state.search(now);
            }
        });
        state.filterProperty().addListener((obs, old, now) -> {
            if (!now.text().equals(search.getText())) {
                search.setText(now.text());
            }
        });
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseLibrary() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("menu.file.open.title"));
        libraries.userFolder().map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        Window owner = getScene() == null ? null : getScene().getWindow();
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            switchLibrary(Optional.of(folder.toPath()));
        }
    }

    /** Asks for the name a PDF gives as its author; blank keeps the app's name. */
    private void chooseAuthor() {
        TextInputDialog dialog = new TextInputDialog(settings.exportAuthor());
        dialog.initOwner(window());
        dialog.setTitle(messages.get("menu.file.author.title"));
        dialog.setHeaderText(messages.get("menu.file.author.header"));
        dialog.setContentText(messages.get("menu.file.author.label"));
        dialog.showAndWait().ifPresent(settings::setExportAuthor);
    }

    /**
     * Where "Use as evidence" in a source reader sends the passage; null (the default) opens the
     * reader for reading only. The case editor sets it to its {@code addEvidence}.
     */
    private Consumer<EvidenceQuote> evidenceSink;

    public void setEvidenceSink(Consumer<EvidenceQuote> sink) {
        this.evidenceSink = sink;
    }

    /** Opens a source's text beside the window. */
    private void readSource(String sourceId) {
        SourceReaderWindow.show(window(), state.library(), sourceId, messages, evidenceSink);
    }

    /** Add source…: copies an article's text into the open library folder and names it in sources.json. */
    private void addSource() {
        Optional<Path> library = libraries.userFolder();
        if (library.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.addSource.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("menu.file.addSource.types"), "*.txt", "*.md", "*.pdf"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen == null) {
            return;
        }
        // The title is proposed from the text (a PDF's is read off the FX thread), then asked for.
        java.util.Set<String> builtIn = java.util.Set.copyOf(state.library().builtInSources());
        tasks.run(tasks.files(), () -> SourceImport.suggestedTitle(chosen.toPath()),
                proposed -> new AddSourceDialog(window(), chosen.getName(), proposed, messages)
                        .showAndWait().ifPresent(details -> addSource(library.get(), chosen, details, builtIn)),
                failure -> alert(Alert.AlertType.ERROR, messages.format("menu.file.addSource.failed",
                        TaskExecutor.rootMessage(failure))));
    }

    private void addSource(Path library, File chosen, SourceImport.Details details, java.util.Set<String> builtIn) {
        tasks.run(tasks.files(), () -> SourceImport.add(library, chosen.toPath(), null, details, builtIn), added -> {
            libraries.reload();
            alert(Alert.AlertType.INFORMATION, messages.format(added.newEntry() ? "menu.file.addSource.done"
                    : "menu.file.addSource.updated", added.textPath(), added.id()));
        }, failure -> {
            Throwable cause = failure.getCause() instanceof IOException io ? io : failure;
            alert(Alert.AlertType.ERROR, messages.format("menu.file.addSource.failed", cause.getMessage()));
        });
    }

    private void alert(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(window());
        alert.setHeaderText(null);
        alert.show();
    }

    private void switchLibrary(Optional<java.nio.file.Path> folder) {
        settings.chooseLibraryFolder(folder);
        libraries.load(folder);
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(messages.bind(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private Menu menu(String key) {
        Menu menu = new Menu();
        menu.textProperty().bind(messages.bind(key));
        menu.setOnHidden(e -> {
            menuClosedByThisKey = true;
            Platform.runLater(() -> menuClosedByThisKey = false);
        });
        return menu;
    }
}
