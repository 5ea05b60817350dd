package org.caseexplorer.principles;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.Node;
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
import org.caseexplorer.ui.ChoiceToggles;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LazyTooltip;
import atlantafx.base.theme.Styles;
import org.controlsfx.control.SegmentedButton;

/**
 * The principle side panel: every principle with the number of cases it would show,
 * include (multi-select), exclude (NOT), the ANY/ALL switch and Clear all.
 */
public final class PrincipleFilterPanel extends VBox {

    static final PseudoClass EXCLUDED = PseudoClass.getPseudoClass("excluded");
    static final double MIN_WIDTH = 290;
    /** Deeper levels are not shown; it also stops a parent cycle in a user library. */
    static final int MAX_DEPTH = 8;
    static final PseudoClass CHILD = PseudoClass.getPseudoClass("child");

    private final AppState state;
    private final Navigator navigator;
    private final Messages messages;
    private final VBox rows = new VBox(2);
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
        SegmentedButton modeSwitch = new SegmentedButton(any, all);
        modeSwitch.setToggleGroup(modes);
        ChoiceToggles.bind(modes, state.filterProperty().map(CaseFilter::mode), state::setMode);
        Label modeLabel = new Label();
        modeLabel.textProperty().bind(messages.bind("filter.mode.label"));

        Button clear = new Button();
        clear.textProperty().bind(messages.bind("filter.clear"));
        clear.setGraphic(Icons.clear());
        // Clears everything that narrows the cards, the search included.
        clear.setOnAction(e -> state.clearFilters());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> state.filter().isEmpty(), state.filterProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox modeRow = new HBox(8, modeLabel, modeSwitch, spacer, clear);
        modeRow.setAlignment(Pos.CENTER_LEFT);
        modeSwitch.setMinWidth(USE_PREF_SIZE);
        clear.setMinWidth(USE_PREF_SIZE);
        setMinWidth(MIN_WIDTH);

        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        setSpacing(10);
        getChildren().addAll(title, modeRow, scroll, legend());

        state.loadedProperty().addListener((obs, old, now) -> rebuildRows());
        messages.langProperty().addListener((obs, old, now) -> rebuildRows());
        state.resultProperty().addListener((obs, old, now) -> refresh());
        rebuildRows();
    }

    /** What the shades of the principle chips on the cards mean. */
    private javafx.scene.layout.FlowPane legend() {
        Label caption = new Label();
        caption.textProperty().bind(messages.bind("filter.legend"));
        caption.getStyleClass().add("legend-caption");
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(6, 4, caption);
        for (int strength = 3; strength >= 1; strength--) {
            int s = strength;
            Label chip = new Label();
            chip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> messages.labels().strengthWord(s), messages.langProperty()));
            chip.getStyleClass().add("chip");
            chip.pseudoClassStateChanged(PseudoClass.getPseudoClass("strength-" + s), true);
            chip.setMinWidth(USE_PREF_SIZE);
            legend.getChildren().add(chip);
        }
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("strength-legend");
        legend.setId("strength-legend");
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
        rows.getChildren().setAll(rowList.stream().map(r -> r.box).toList());
        refresh();
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

    /** One principle: include check box with its count, and an exclude toggle. */
    private final class Row {
        final Principle principle;
        final HBox box = new HBox(6);
        final CheckBox include = new CheckBox();
        final Label count = new Label();
        final ToggleButton exclude = new ToggleButton();
        String countTip;
        boolean hasLaws;

        Row(Principle principle, int depth) {
            this.principle = principle;
            this.hasLaws = !state.library().children(principle.id()).isEmpty();
            String name = principle.name().in(messages.lang());
            include.setText(name);
            LazyTooltip.install(include, () -> principle.definition().in(messages.lang()) + "\n\n"
                    + messages.get("principle.page.rightClick"));
            include.setMaxWidth(Double.MAX_VALUE);
            // A long name wraps rather than being cut short.
            include.setWrapText(true);
            include.setMinWidth(0);
            include.setOnAction(e -> state.toggleIncluded(principle.id()));
            HBox.setHgrow(include, Priority.ALWAYS);
            count.getStyleClass().add("principle-count");
            LazyTooltip.install(count, () -> countTip == null ? "" : countTip);
            count.setMinWidth(USE_PREF_SIZE);
            exclude.setGraphic(Icons.exclude());
            exclude.getStyleClass().addAll("exclude-toggle", Styles.FLAT, Styles.BUTTON_ICON);
            String excludeText = messages.format("filter.exclude.tooltip", name);
            LazyTooltip.install(exclude, () -> excludeText);
            exclude.setAccessibleText(excludeText);
            exclude.setOnAction(e -> state.toggleExcluded(principle.id()));
            // The principle's page is a right-click (or the context-menu key) on its name: a
            // button per row would make every long name wrap and the list no longer fit.
            include.setOnContextMenuRequested(e -> {
                MenuItem open = new MenuItem(messages.format("principle.page.open", name), Icons.page());
                open.setId("principle-page-" + principle.id());
                open.setOnAction(a -> navigator.openPrinciple(principle.id()));
                new ContextMenu(open).show(include, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            Region indent = new Region();
            indent.setMinWidth(depth * 18);
            box.getChildren().addAll(indent, include, count, exclude);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("principle-row");
            box.pseudoClassStateChanged(CHILD, depth > 0);
            box.setId("principle-" + principle.id());
        }

        void update(CaseFilter filter, FilterResult result) {
            include.setSelected(filter.included().contains(principle.id()));
            boolean excluded = filter.excluded().contains(principle.id());
            exclude.setSelected(excluded);
            box.pseudoClassStateChanged(EXCLUDED, excluded);
            String name = principle.name().in(messages.lang());
            Count shown = Count.of(filter, result, principle.id(), hasLaws);
            count.setText(shown.text());
            count.setAccessibleText(shown.key() == null ? null : messages.format(shown.key(), shown.number(), name));
            countTip = shown.key() == null ? null : messages.format(shown.key(), shown.number(), name);
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
