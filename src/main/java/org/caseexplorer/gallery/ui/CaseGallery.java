package org.caseexplorer.gallery.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.FilterMode;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.AppState;
import org.caseexplorer.ui.FirstNeed;
import org.caseexplorer.ui.Icons;
import org.controlsfx.control.GridView;

/**
 * The card gallery: a virtualised grid of the cases the filter shows, a header that always says
 * how many are shown and by which filter, and an empty state that explains itself.
 * Keyboard: arrows move the cursor, Enter opens the case in the detail pane.
 */
public final class CaseGallery extends BorderPane {

    /** The narrowest a card gets; the cards widen to fill the row, 1 to N of them. */
    static final double MIN_CARD_WIDTH = 250;
    static final double CARD_WIDTH = MIN_CARD_WIDTH;
    /** What GridView's skin keeps for its vertical scroll bar, and the grid's own padding. */
    private static final double SCROLL_BAR = 18;
    private static final double PADDING = 16;
    static final double CARD_HEIGHT = 232;
    static final double GAP = 12;

    private final AppState state;
    private final Messages messages;
    private final GridView<Case> grid = new GridView<>();
    private final IntegerProperty cursor = new SimpleIntegerProperty(-1);
    // Weak: GridView makes new cells when it rebuilds its rows and drops the old ones.
    private final Set<CaseCard> cards = Collections.newSetFromMap(new WeakHashMap<>());
    /** The words that stand in for cards: while none are loaded yet, and when the filter leaves none. Made when first needed. */
    private final StackPane centre;
    /** The window's zoom, 1 at 100 %: cards grow with their text. */
    private double scale = 1;
    private VBox emptyState;
    private final javafx.beans.binding.BooleanBinding emptyShown;
    private final javafx.beans.binding.BooleanBinding loadingShown;

    public CaseGallery(AppState state, Messages messages) {
        this.state = state;
        this.messages = messages;
        getStyleClass().add("case-gallery");

        grid.setItems(state.shownCases());
        grid.setCellWidth(CARD_WIDTH);
        grid.setCellHeight(CARD_HEIGHT);
        grid.setHorizontalCellSpacing(GAP / 2);
        grid.setVerticalCellSpacing(GAP / 2);
        grid.setFocusTraversable(true);
        // The grid's size must not depend on what its cards hold: GridView rebuilds every card
        // whenever its width or height changes, so a size that follows the cards never settles.
        grid.setMinSize(CARD_WIDTH + 2 * GAP, CARD_HEIGHT / 2);
        grid.setPrefSize(CARD_WIDTH + 2 * GAP, CARD_HEIGHT);
        grid.setAccessibleText(messages.get("gallery.accessible"));
        grid.widthProperty().addListener((obs, old, width) -> fitCardsTo(width.doubleValue()));
        grid.skinProperty().addListener((obs, old, skin) -> {
            if (grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                // GridView's inner scrolling flow would be a second, invisible Tab stop: the grid is the one.
                flow.setFocusTraversable(false);
                // Every row is as high as a card: told so, the flow need not build a hidden
                // row of cards to measure one, which cost the first frame a card's nodes.
                flow.setFixedCellSize(CARD_HEIGHT * scale + 2 * grid.getVerticalCellSpacing());
            }
        });
        installCellFactory();

        Label count = new Label();
        count.getStyleClass().add("gallery-count");
        // While a large library is still read, the count says these are the cases so far.
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format(
                        state.loadingProperty().get() ? "gallery.count.loading" : "gallery.count",
                        state.shownCases().size(), state.library().cases().size()),
                state.shownCases(), state.loadedProperty(), state.loadingProperty(), messages.langProperty()));
        Label description = new Label();
        description.getStyleClass().add("gallery-filter");
        description.textProperty().bind(Bindings.createStringBinding(
                () -> FilterDescription.describe(state.filter(), state.library(), messages),
                state.filterProperty(), state.loadedProperty(), messages.langProperty()));
        description.setWrapText(true);
        VBox header = new VBox(2, count, description);
        header.getStyleClass().add("gallery-header");

        setTop(header);
        centre = new StackPane(grid);
        setCenter(centre);

        // Both are made when they first show: most starts and filters never show them, and they
        // would cost the first frame their nodes.
        loadingShown = state.loadingProperty().and(Bindings.isEmpty(state.shownCases()));
        FirstNeed.when(loadingShown, shown -> shown, this::addLoadingWords);
        // Not before the first load: until then nothing is missing.
        emptyShown = Bindings.createBooleanBinding(() -> state.shownCases().isEmpty() && !state.loadingProperty().get()
                && state.library() != org.caseexplorer.cases.Library.EMPTY,
                state.shownCases(), state.loadingProperty(), state.loadedProperty());
        FirstNeed.when(emptyShown, shown -> shown, this::addEmptyState);
        state.filterProperty().addListener((obs, old, now) -> rebuildEmptyState());
        state.loadedProperty().addListener((obs, old, now) -> rebuildEmptyState());
        messages.langProperty().addListener((obs, old, now) -> {
            installCellFactory();
            rebuildEmptyState();
            grid.setAccessibleText(messages.get("gallery.accessible"));
        });
        state.shownCases().addListener((ListChangeListener<Case>) change ->
                cursor.set(state.shownCases().isEmpty() ? -1 : Math.min(Math.max(cursor.get(), 0),
                        state.shownCases().size() - 1)));
        state.selectedProperty().addListener((obs, old, now) -> refreshCards());
        state.resultProperty().addListener((obs, old, now) -> cards.forEach(CaseCard::reshowChips));
        state.comparedIds().addListener((ListChangeListener<String>) change -> refreshCards());
        cursor.addListener((obs, old, now) -> refreshCards());
        grid.focusedProperty().addListener((obs, old, now) -> {
            // Focus arriving by Tab shows where it is: on the first card if none had the cursor.
            if (now && cursor.get() < 0 && !state.shownCases().isEmpty()) {
                cursor.set(0);
            }
            refreshCards();
        });
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        rebuildEmptyState();
    }

    /**
     * As many columns as fit at the narrowest card width, then every card widened to share the
     * row: no empty band beside the last column at any window size.
     */
    private void fitCardsTo(double width) {
        double cell = cardWidthFor(width, grid.getHorizontalCellSpacing(), scale);
        if (Math.abs(cell - grid.getCellWidth()) >= 1) {
            grid.setCellWidth(cell);
        }
    }

    /**
     * Cards as large as the window's zoom makes their text (View ▸ Zoom): {@code zoom} is 1 at
     * 100 %. The card's text is sized by the stylesheet; its box, here.
     */
    public void scaleWith(javafx.beans.value.ObservableDoubleValue zoom) {
        Runnable apply = () -> {
            scale = zoom.get();
            grid.setCellHeight(CARD_HEIGHT * scale);
            grid.setMinSize(CARD_WIDTH * scale + 2 * GAP, CARD_HEIGHT * scale / 2);
            grid.setPrefSize(CARD_WIDTH * scale + 2 * GAP, CARD_HEIGHT * scale);
            if (grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.setFixedCellSize(CARD_HEIGHT * scale + 2 * grid.getVerticalCellSpacing());
            }
            fitCardsTo(grid.getWidth());
        };
        zoom.addListener((obs, old, now) -> apply.run());
        if (zoom.get() != scale) {
            apply.run();
        }
    }

    static double cardWidthFor(double gridWidth, double spacing) {
        return cardWidthFor(gridWidth, spacing, 1);
    }

    static double cardWidthFor(double gridWidth, double spacing, double scale) {
        int columns = columnsFor(gridWidth, spacing, scale);
        return Math.max(MIN_CARD_WIDTH * scale, Math.floor((gridWidth - SCROLL_BAR - PADDING) / columns - 2 * spacing));
    }

    /** The columns GridView lays out at the narrowest card width (its skin's own rule). */
    static int columnsFor(double gridWidth, double spacing) {
        return columnsFor(gridWidth, spacing, 1);
    }

    static int columnsFor(double gridWidth, double spacing, double scale) {
        return Math.max(1, (int) Math.floor((gridWidth - SCROLL_BAR) / (MIN_CARD_WIDTH * scale + 2 * spacing)));
    }

    /** Gives the gallery keyboard focus, with the cursor on the first card if it had none. */
    public void focusCards() {
        if (cursor.get() < 0 && !state.shownCases().isEmpty()) {
            cursor.set(0);
        }
        grid.requestFocus();
    }

    private void installCellFactory() {
        cards.clear();
        grid.setCellFactory(g -> {
            CaseCard card = new CaseCard(state::library, messages,
                    c -> c.equals(state.selected()), this::isCursor, state::isCompared, state::toggleComparison,
                    messages.bind("compare.toggle.tooltip"), state::filter);
            card.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (card.getItem() != null) {
                    cursor.set(state.shownCases().indexOf(card.getItem()));
                    state.select(card.getItem());
                    grid.requestFocus();
                }
            });
            cards.add(card);
            return card;
        });
    }

    private boolean isCursor(Case c) {
        int i = cursor.get();
        return grid.isFocused() && i >= 0 && i < state.shownCases().size() && state.shownCases().get(i).equals(c);
    }

    private void refreshCards() {
        cards.forEach(CaseCard::refreshState);
    }

    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.C && !event.isShortcutDown() && !event.isAltDown()) {
            int i = cursor.get();
            if (i >= 0 && i < state.shownCases().size()) {
                state.toggleComparison(state.shownCases().get(i));
            }
            event.consume();
            return;
        }
        if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            int i = cursor.get();
            if (i >= 0 && i < state.shownCases().size()) {
                state.select(state.shownCases().get(i));
            }
            event.consume();
            return;
        }
        if (!code.isArrowKey() && code != KeyCode.HOME && code != KeyCode.END) {
            return;
        }
        int next = GalleryNavigation.move(cursor.get(), state.shownCases().size(), columns(), code);
        cursor.set(next);
        scrollTo(next);
        event.consume();
    }

    int columns() {
        return columnsFor(grid.getWidth(), grid.getHorizontalCellSpacing(), scale);
    }

    private void scrollTo(int index) {
        if (index >= 0 && grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index / columns());
        }
    }

    /** "Loading the library…", until the first cards come: a plain label, as a spinning indicator costs start-up time for a moment's wait. */
    private void addLoadingWords() {
        Label loading = new Label();
        loading.textProperty().bind(messages.bind("gallery.loading"));
        loading.getStyleClass().add("gallery-loading");
        loading.visibleProperty().bind(loadingShown);
        centre.getChildren().add(loading);
    }

    private void addEmptyState() {
        emptyState = new VBox(10);
        emptyState.getStyleClass().add("empty-state");
        emptyState.visibleProperty().bind(emptyShown);
        emptyState.setMaxSize(520, USE_PREF_SIZE);
        emptyState.visibleProperty().addListener((obs, old, shown) -> rebuildEmptyState());
        centre.getChildren().add(1, emptyState);
        rebuildEmptyState();
    }

    private void rebuildEmptyState() {
        if (emptyState == null) {
            return;
        }
        if (!emptyState.isVisible()) {
            emptyState.getChildren().clear();
            return;
        }
        CaseFilter filter = state.filter();
        List<Node> children = new ArrayList<>();
        Label title = new Label(messages.get("gallery.empty.title"), Icons.empty());
        title.getStyleClass().add("empty-title");
        children.add(title);
        // A search alone explains itself in terms of the search, not of a filter.
        boolean searchOnly = !filter.text().isBlank() && !filter.hasPrinciples();
        Label why = new Label(state.library().cases().isEmpty()
                ? messages.get("gallery.empty.noCases")
                : searchOnly ? messages.format("gallery.empty.search", filter.text().strip())
                : messages.format(filter.mode() == FilterMode.ANY ? "gallery.empty.whyAny" : "gallery.empty.why",
                        FilterDescription.describe(filter, state.library(), messages)));
        why.setWrapText(true);
        children.add(why);
        FlowPane actions = new FlowPane(8, 8);
        actions.setAlignment(Pos.CENTER);
        removals(filter).forEach(actions.getChildren()::add);
        if (filter.mode() == FilterMode.ALL && filter.included().size() > 1) {
            actions.getChildren().add(action("gallery.empty.useAny", () -> state.setMode(FilterMode.ANY)));
        }
        if (!filter.excluded().isEmpty()) {
            actions.getChildren().add(action("gallery.empty.dropExclusions", () -> state.setFilter(
                    new CaseFilter(filter.included(), Set.of(), filter.mode(), filter.text()))));
        }
        if (!filter.text().isBlank()) {
            actions.getChildren().add(action("gallery.empty.clearSearch", state::clearSearch));
        }
        if (!filter.isEmpty()) {
            actions.getChildren().add(action("gallery.empty.clearAll", state::clearFilters));
        }
        children.add(actions);
        emptyState.getChildren().setAll(children);
    }

    /** "Remove Brand thinking (1 case)": the single principles whose removal would show cases. */
    private List<Button> removals(CaseFilter filter) {
        if (filter.included().size() < 2 || filter.mode() != FilterMode.ALL) {
            return List.of();
        }
        return state.library().principles().stream()
                .filter(p -> filter.included().contains(p.id()))
                .map(p -> Map.entry(p, state.countFor(filter.toggleIncluded(p.id()))))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Principle, Integer>comparingByValue().reversed())
                .limit(3)
                .map(e -> {
                    Button button = new Button(messages.format("gallery.empty.remove",
                            e.getKey().name().in(messages.lang()), e.getValue()));
                    button.setMnemonicParsing(false); // a principle's name is data, underscores and all
                    button.setOnAction(event -> afterwardsKeepFocus(() -> state.toggleIncluded(e.getKey().id())));
                    return button;
                })
                .toList();
    }

    private Button action(String key, Runnable run) {
        Button button = new Button(messages.get(key));
        button.setOnAction(e -> afterwardsKeepFocus(run));
        return button;
    }

    /**
     * Runs an action of the empty state, which rebuilds it: focus goes to the cards it brings
     * back, or to the first remedy still offered, never away to the search box.
     */
    private void afterwardsKeepFocus(Runnable run) {
        run.run();
        if (!state.shownCases().isEmpty()) {
            focusCards();
        } else {
            emptyState.lookupAll(".button").stream().findFirst().ifPresent(Node::requestFocus);
        }
    }
}
