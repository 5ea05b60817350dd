package org.caseexplorer.comparison.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.RowOrder;
import org.caseexplorer.comparison.RowScope;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.Paper;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.ui.ChoiceToggles;
import org.caseexplorer.ui.Icons;
import org.controlsfx.control.SegmentedButton;

/**
 * The comparison: a toolbar for the rows (sort, only differences / only shared, follow the
 * filter) and for export and print, then the matrix of principles by case. The matrix is
 * rebuilt whenever the comparison or the language changes.
 */
public final class ComparisonView extends BorderPane {

    private final ComparisonViewModel model;
    private final Navigator navigator;
    private final Messages messages;
    private final StackPane body = new StackPane();
    private final Label emptyMessage = new Label();

    public ComparisonView(ComparisonViewModel model, Navigator navigator, ComparisonActions actions, Messages messages) {
        this.model = model;
        this.navigator = navigator;
        this.messages = messages;
        getStyleClass().add("comparison-view");
        setId("comparison-view");

        emptyMessage.textProperty().bind(messages.bind("compare.notEnough"));
        emptyMessage.getStyleClass().add("detail-placeholder");
        setTop(new VBox(rowsBar(navigator::back), exportBar(actions)));
        setCenter(body);

        model.comparisonProperty().addListener((obs, old, now) -> render());
        messages.langProperty().addListener((obs, old, now) -> render());
        render();
    }

    private HBox rowsBar(Runnable back) {
        Button backButton = new Button(null, Icons.back());
        backButton.textProperty().bind(messages.bind("compare.back"));
        backButton.setId("compare-back");
        backButton.setOnAction(e -> back.run());
        Label title = new Label();
        title.textProperty().bind(messages.bindFormat("compare.title",
                Bindings.createIntegerBinding(() -> model.comparison().cases().size(), model.comparisonProperty())));
        title.getStyleClass().add("compare-title");

        ComboBox<RowOrder> order = Choices.of(messages, RowOrder.values(), model.orderProperty(), this::orderName, "row-order");
        Label orderLabel = labelFor(order, "compare.order");

        ToggleButton all = toggle("compare.scope.all", "scope-all");
        ToggleButton differences = toggle("compare.scope.differences", "scope-differences");
        ToggleButton shared = toggle("compare.scope.shared", "scope-shared");
        ToggleGroup scopes = new ToggleGroup();
        all.setUserData(RowScope.ALL);
        differences.setUserData(RowScope.ONLY_DIFFERENCES);
        shared.setUserData(RowScope.ONLY_SHARED);
        scopes.getToggles().addAll(all, differences, shared);
        SegmentedButton scope = new SegmentedButton(all, differences, shared);
        scope.setToggleGroup(scopes);
        ChoiceToggles.bind(scopes, model.scopeProperty(), model.scopeProperty()::set);

        // The two switches sit in one menu, so the bar keeps to one row at 1024 px.
        CheckMenuItem follow = new CheckMenuItem();
        follow.textProperty().bind(messages.bind("compare.followFilter"));
        follow.selectedProperty().bindBidirectional(model.followFilterProperty());
        follow.setId("follow-filter");
        CheckMenuItem quotes = new CheckMenuItem();
        quotes.textProperty().bind(messages.bind("compare.expandQuotes"));
        quotes.selectedProperty().bindBidirectional(model.quotesExpandedProperty());
        quotes.setId("expand-quotes");
        MenuButton options = new MenuButton();
        options.textProperty().bind(messages.bind("compare.options"));
        options.getItems().addAll(follow, quotes);
        options.setId("comparison-options");
        options.setMinWidth(USE_PREF_SIZE);

        HBox orderBox = new HBox(6, orderLabel, order);
        orderBox.setAlignment(Pos.CENTER_LEFT);
        orderBox.setMinWidth(USE_PREF_SIZE);
        scope.setMinWidth(USE_PREF_SIZE);
        backButton.setMinWidth(USE_PREF_SIZE);
        // The title gives way first when the window is narrow.
        title.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, backButton, title, spacer, orderBox, scope, options);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar-row");
        return bar;
    }

    private HBox exportBar(ComparisonActions actions) {
        ComboBox<ExportLanguage> language = Choices.language(messages, actions.languageProperty(), "export-language");
        Label languageLabel = labelFor(language, "compare.export.lang");
        ComboBox<Paper> paper = Choices.paper(messages, actions.paperProperty(), "export-paper");
        Label paperLabel = labelFor(paper, "compare.export.paper");

        Button export = new Button(null, Icons.export());
        export.textProperty().bind(messages.bind("compare.export"));
        export.getStyleClass().add(Styles.ACCENT);
        export.setId("export-button");
        export.disableProperty().bind(actions.canExport().not());
        export.setOnAction(e -> actions.exportWithDialog());
        Button print = new Button(null, Icons.print());
        print.textProperty().bind(messages.bind("compare.print"));
        print.disableProperty().bind(actions.canExport().not());
        print.setOnAction(e -> actions.print(getScene().getWindow()));
        Button copy = new Button(null, Icons.copy());
        copy.textProperty().bind(messages.bind("compare.copyTable"));
        copy.setId("compare-copy-table");
        copy.disableProperty().bind(actions.canExport().not());
        copy.setOnAction(e -> actions.copyAsTable());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, languageLabel, language, paperLabel, paper, export, print, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("tool-bar-row", "export-options");
        return bar;
    }

    private void render() {
        String focused = focusedIdInBody();
        List<Node> old = List.copyOf(body.getChildren());
        Node built = build();
        // Focus moves to the new matrix before the old one leaves the scene: a focused node
        // that is removed sends focus on to the next control in the window, the search box.
        if (focused != null) {
            restoreFocus(built, focused);
        }
        body.getChildren().removeIf(n -> old.contains(n) && n != built);
    }

    /** The id of the control in the matrix that has focus, if any: the matrix is about to be rebuilt. */
    private String focusedIdInBody() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == body) {
                return owner.getId();
            }
        }
        return null;
    }

    /**
     * Focus stays on what the user acted on, in the rebuilt matrix: the same control for the same
     * case, or the one beside it when that is now disabled (a column moved to the edge) or gone.
     */
    private void restoreFocus(Node built, String id) {
        List<String> candidates = new java.util.ArrayList<>(List.of(id));
        if (id.startsWith("move-left-")) {
            candidates.add("move-right-" + id.substring("move-left-".length()));
        } else if (id.startsWith("move-right-")) {
            candidates.add("move-left-" + id.substring("move-right-".length()));
        }
        for (String candidate : candidates) {
            // The new scroll pane has no skin yet, so its content is looked up directly.
            Node node = built.lookup("#" + candidate);
            if (node != null && !node.isDisabled()) {
                node.requestFocus();
                return;
            }
        }
        built.lookupAll(".column-header .button").stream().filter(n -> !n.isDisabled()).findFirst()
                .ifPresentOrElse(Node::requestFocus, this::requestFocus);
    }

    /** Builds the matrix in the body; returns what it put there. */
    private Node build() {
        Comparison comparison = model.comparison();
        if (!comparison.isComplete()) {
            if (!body.getChildren().contains(emptyMessage)) {
                body.getChildren().add(emptyMessage);
            }
            return emptyMessage;
        }
        ComparisonMatrix matrix = new ComparisonMatrix(comparison, model, navigator::openPrinciple, messages,
                model.quotesExpandedProperty());
        VBox content = new VBox(8, matrix);
        if (comparison.rows().isEmpty()) {
            Label none = new Label(messages.get("compare.noRows"));
            none.getStyleClass().add("detail-placeholder");
            content.getChildren().add(none);
        }
        content.getStyleClass().add("compare-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // The header row with the case names stays in view while the rows scroll.
        InvalidationListener pin = o -> {
            double hidden = content.getHeight() - scroll.getViewportBounds().getHeight();
            matrix.pinHeader(Math.max(0, hidden) * scroll.getVvalue() - matrix.getBoundsInParent().getMinY());
        };
        scroll.vvalueProperty().addListener(pin);
        scroll.viewportBoundsProperty().addListener(pin);
        content.heightProperty().addListener(pin);
        double v = body.getChildren().isEmpty() || !(body.getChildren().get(0) instanceof ScrollPane old)
                ? 0 : old.getVvalue();
        body.getChildren().add(scroll);
        // Made now, so the matrix is in the scene and can take focus at once.
        scroll.applyCss();
        scroll.setVvalue(v);
        return content;
    }

    private ToggleButton toggle(String key, String id) {
        ToggleButton toggle = new ToggleButton();
        toggle.textProperty().bind(messages.bind(key));
        toggle.setId(id);
        return toggle;
    }

    private String orderName(RowOrder order) {
        return switch (order) {
            case LIBRARY -> messages.get("compare.order.library");
            case TOTAL_STRENGTH -> messages.get("compare.order.total");
            case DIFFERENCE -> messages.get("compare.order.difference");
        };
    }

    private Label labelFor(Node control, String key) {
        Label label = new Label();
        label.textProperty().bind(messages.bind(key));
        label.setLabelFor(control);
        return label;
    }
}
