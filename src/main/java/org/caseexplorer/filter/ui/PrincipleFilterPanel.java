package org.caseexplorer.filter.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.FilterMode;
import org.caseexplorer.filter.FilterResult;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.ui.ChipStrip;
import org.caseexplorer.ui.ChoiceToggles;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LazyTooltip;

/**
 * The principle side panel: every principle with the number of cases it would show,
 * include (multi-select), exclude (NOT), the ANY/ALL switch and Clear all.
 */
public final class PrincipleFilterPanel extends VBox {

    static final double MIN_WIDTH = 290;
    /** Below this width (at 100 %) Clear all shows its ✕ alone. */
    private static final double CLEAR_WORDS_WIDTH = 280;
    /** Deeper levels are not shown; it also stops a parent cycle in a user library. */
    static final int MAX_DEPTH = 8;

    private final AppState state;
    private final Navigator navigator;
    private final Messages messages;
    private final VBox rows = new VBox(2);
    private final ScrollPane scroll;
    private final List<Row> rowList = new ArrayList<>();
    private final ToggleButton any = new ToggleButton();
    private final ToggleButton all = new ToggleButton();

    public PrincipleFilterPanel(AppState state, Navigator navigator, Messages messages) {
        this.state = state;
        this.navigator = navigator;
        this.messages = messages;
        getStyleClass().add("principle-panel");

        Label title = new Label();
        title.textProperty().bind(messages.bind("filter.title"));
        title.getStyleClass().add("panel-title");
        title.setGraphic(Icons.filter());

        any.textProperty().bind(messages.bind("filter.mode.any"));
        all.textProperty().bind(messages.bind("filter.mode.all"));
        tooltip(any, "filter.mode.any.tooltip");
        tooltip(all, "filter.mode.all.tooltip");
        ToggleGroup modes = ChoiceToggles.group(any, FilterMode.ANY, all, FilterMode.ALL);
        ChoiceToggles.bind(modes, state.filterProperty().map(CaseFilter::mode), state::setMode);
        // Joined as one switch by the theme's pill shapes; a SegmentedButton would wrap them in
        // two more nodes for the same look.
        any.getStyleClass().add("left-pill");
        all.getStyleClass().add("right-pill");
        Label modeLabel = new Label();
        modeLabel.textProperty().bind(messages.bind("filter.mode.label"));

        Button clear = new Button();
        clear.textProperty().bind(messages.bind("filter.clear"));
        clear.setGraphic(Icons.clear());
        clear.setId("filter-clear");
        // A narrow panel, or a large zoom, keeps the ✕ alone (its words in the tooltip) rather than cutting the row.
        clear.contentDisplayProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> getWidth() < CLEAR_WORDS_WIDTH * clear.getFont().getSize() / 13
                        ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT,
                widthProperty(), clear.fontProperty()));
        LazyTooltip.install(clear, () -> messages.get("filter.clear"));
        // Clears everything that narrows the cards, the search included.
        clear.setOnAction(e -> state.clearFilters());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> state.filter().isEmpty(), state.filterProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox modeRow = new HBox(8, modeLabel, any, all, spacer, clear);
        HBox.setMargin(all, new Insets(0, 0, 0, -8));
        modeRow.setAlignment(Pos.CENTER_LEFT);
        any.setMinWidth(USE_PREF_SIZE);
        all.setMinWidth(USE_PREF_SIZE);
        clear.setMinWidth(USE_PREF_SIZE);
        modeLabel.setMinWidth(USE_PREF_SIZE);
        setMinWidth(MIN_WIDTH);

        scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        setSpacing(10);
        getChildren().addAll(title, modeRow, scroll, legend());

        // A library read in parts has all its principles from the first: its rows are made once.
        state.loadedProperty().addListener((obs, old, now) -> {
            if (!now.library().principles().equals(old.library().principles())) {
                rebuildRows();
            }
        });
        messages.langProperty().addListener((obs, old, now) -> rebuildRows());
        state.resultProperty().addListener((obs, old, now) -> refresh());
        state.loadingProperty().addListener((obs, old, now) -> refresh());
        rebuildRows();
    }

    /** What the shades of the principle chips on the cards mean: a caption and a chip of each shade. */
    private ChipStrip legend() {
        ChipStrip legend = new ChipStrip(6, 4);
        Runnable words = () -> legend.show(List.of(
                new ChipStrip.Chip(messages.get("filter.legend"), ChipStrip.Kind.CAPTION),
                ChipStrip.Chip.ofStrength(messages.labels().strengthWord(3), 3),
                ChipStrip.Chip.ofStrength(messages.labels().strengthWord(2), 2),
                ChipStrip.Chip.ofStrength(messages.labels().strengthWord(1), 1)));
        words.run();
        messages.langProperty().addListener((obs, old, now) -> words.run());
        legend.getStyleClass().add("strength-legend");
        legend.setId("strength-legend");
        VBox.setMargin(legend, new Insets(6, 0, 0, 0));
        return legend;
    }

    private void tooltip(Node node, String key) {
        LazyTooltip.install(node, () -> messages.get(key));
        node.accessibleHelpProperty().bind(messages.bind(key));
    }

    private void rebuildRows() {
        rowList.clear();
        Library library = state.library();
        for (Principle p : library.principles()) {
            if (p.parent() == null) {
                addRow(p, library, 0);
            }
        }
        rows.getChildren().setAll(rowList.stream().map(r -> r.row).toList());
        // One Tab stop for the whole list; the arrows move within it (see RowKeys).
        rowList.forEach(r -> {
            r.row.setFocusTraversable(false);
            r.row.exclude.setFocusTraversable(false);
        });
        if (!rowList.isEmpty()) {
            rowList.get(0).row.setFocusTraversable(true);
        }
        refresh();
    }

    /**
     * The list is one Tab stop, as a list is: Up and Down (Home, End) go from row to row, Right
     * goes to the row's ⊘ and Left back; Space ticks what has the focus. The row last visited
     * keeps the Tab stop, and the list scrolls to show it.
     */
    private void rowKeys(Row r, javafx.scene.input.KeyEvent e) {
        int at = rowList.indexOf(r);
        int to = switch (e.getCode()) {
            case DOWN -> Math.min(at + 1, rowList.size() - 1);
            case UP -> Math.max(at - 1, 0);
            case HOME -> 0;
            case END -> rowList.size() - 1;
            default -> -1;
        };
        if (to >= 0 && e.getTarget() == r.row) {
            visit(rowList.get(to).row);
            e.consume();
        } else if (e.getCode() == javafx.scene.input.KeyCode.RIGHT && e.getTarget() == r.row) {
            r.row.exclude.requestFocus();
            e.consume();
        } else if (e.getCode() == javafx.scene.input.KeyCode.LEFT && e.getTarget() == r.row.exclude) {
            r.row.requestFocus();
            e.consume();
        }
    }

    private void visit(PrincipleRow row) {
        rowList.forEach(other -> other.row.setFocusTraversable(other.row == row));
        row.requestFocus();
        scrollTo(row);
    }

    private void scrollTo(Node row) {
        double content = rows.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        double top = row.getBoundsInParent().getMinY();
        double bottom = row.getBoundsInParent().getMaxY();
        double shownTop = scroll.getVvalue() * (content - view);
        if (top < shownTop) {
            scroll.setVvalue(top / (content - view));
        } else if (bottom > shownTop + view) {
            scroll.setVvalue((bottom - view) / (content - view));
        }
    }

    private void addRow(Principle p, Library library, int depth) {
        rowList.add(new Row(p, depth));
        if (depth < MAX_DEPTH) {
            library.children(p.id()).forEach(child -> addRow(child, library, depth + 1));
        }
    }

    private void refresh() {
        CaseFilter filter = state.filter();
        FilterResult result = state.resultProperty().get();
        rowList.forEach(r -> r.update(filter, result));
    }

    /** One principle's row and what it does: include on its check box, exclude on its ⊘, its page on a right-click. */
    private final class Row {
        final Principle principle;
        final PrincipleRow row;
        String countTip;
        boolean hasLaws;

        Row(Principle principle, int depth) {
            this.principle = principle;
            this.row = new PrincipleRow(depth);
            this.hasLaws = !state.library().children(principle.id()).isEmpty();
            String name = principle.name().in(messages.lang());
            row.setText(name);
            row.setId("principle-" + principle.id());
            LazyTooltip.install(row, () -> principle.definition().in(messages.lang()) + "\n\n"
                    + messages.get("principle.page.rightClick"));
            row.setOnAction(e -> state.toggleIncluded(principle.id()));
            row.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> rowKeys(this, e));
            row.exclude.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> rowKeys(this, e));
            row.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    rowList.forEach(other -> other.row.setFocusTraversable(other.row == row));
                    scrollTo(row);
                }
            });
            LazyTooltip.install(row.count, () -> countTip == null ? "" : countTip);
            String excludeText = messages.format("filter.exclude.tooltip", name);
            LazyTooltip.install(row.exclude, () -> excludeText);
            row.exclude.setAccessibleText(excludeText);
            row.exclude.setOnToggle(() -> state.toggleExcluded(principle.id()));
            // The principle's page is a right-click (or the context-menu key) on its name: a
            // button per row would make every long name wrap and the list no longer fit.
            row.setOnContextMenuRequested(e -> {
                if (e.getTarget() == row.exclude) {
                    return;
                }
                MenuItem open = new MenuItem(messages.format("principle.page.open", name), Icons.page());
                open.setId("principle-page-" + principle.id());
                open.setOnAction(a -> navigator.openPrinciple(principle.id()));
                new ContextMenu(open).show(row, e.getScreenX(), e.getScreenY());
                e.consume();
            });
        }

        void update(CaseFilter filter, FilterResult result) {
            row.setSelected(filter.included().contains(principle.id()));
            row.setExcluded(filter.excluded().contains(principle.id()));
            String name = principle.name().in(messages.lang());
            Count shown = Count.of(filter, result, principle.id(), hasLaws);
            // While the library is still read, a number is the cases so far: "5…", and its tip says so.
            boolean loading = state.loadingProperty().get() && !shown.text().isEmpty();
            row.count.setText(shown.text() + (loading ? "…" : ""));
            countTip = shown.key() == null ? null : messages.format(shown.key(), shown.number(), name);
            if (loading && countTip != null) {
                countTip = messages.format("filter.count.loading", countTip);
            }
            row.count.setAccessibleText(countTip);
        }
    }

    /**
     * The number beside a principle and what it means, so it never reads as wrong: with nothing
     * ticked, how many cases show the principle; in Any mode, "+N", the cards ticking it would
     * add; in All mode, the cards it would leave. A ticked principle shows none (the gallery's
     * header says what is shown).
     */
    record Count(String text, String key, int number) {

        static Count of(CaseFilter filter, FilterResult result, String principle, boolean hasLaws) {
            int ifAdded = result.count(principle);
            if (filter.excluded().contains(principle)) {
                return new Count(Integer.toString(ifAdded), "filter.count.excluded", ifAdded);
            }
            if (filter.included().contains(principle)) {
                return new Count("", null, 0);
            }
            if (filter.included().isEmpty()) {
                return new Count(Integer.toString(ifAdded),
                        hasLaws ? "filter.count.showsWithLaws" : "filter.count.shows", ifAdded);
            }
            if (filter.mode() == FilterMode.ANY) {
                int added = Math.max(0, ifAdded - result.cases().size());
                return new Count("+" + added, "filter.count.adds", added);
            }
            return new Count(Integer.toString(ifAdded), "filter.count.leaves", ifAdded);
        }
    }
}
