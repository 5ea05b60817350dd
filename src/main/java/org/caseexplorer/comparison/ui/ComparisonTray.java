package org.caseexplorer.comparison.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.caseexplorer.cases.Case;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.AppState;
import org.caseexplorer.ui.Emblem;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LazyTooltip;

/**
 * The cases chosen for comparison, along the foot of the explorer: one chip per case with a
 * button that removes it, the count, a button that opens the comparison, and, when a sixth case
 * was refused, why.
 */
public final class ComparisonTray extends HBox {

    private final AppState state;
    private final Messages messages;
    /** The chips of the compared cases and the notice of a refused one, made when first needed. */
    private HBox chips;
    private Label notice;

    /** {@code comparing} is true while the comparison is shown: then there is nothing to open. */
    public ComparisonTray(AppState state, Messages messages, Runnable openComparison,
                          ObservableBooleanValue comparing) {
        super(8);
        this.state = state;
        this.messages = messages;
        getStyleClass().add("comparison-tray");
        setAlignment(Pos.CENTER_LEFT);
        setId("comparison-tray");

        Label title = new Label(null, Icons.compare());
        title.textProperty().bind(messages.bindFormat("compare.tray.count", Bindings.size(state.comparedCases())));
        title.getStyleClass().add("tray-title");
        Label hint = new Label();
        hint.textProperty().bind(messages.bind("compare.tray.hint"));
        hint.getStyleClass().add("tray-hint");
        hint.visibleProperty().bind(Bindings.size(state.comparedCases()).lessThan(Comparison.MIN_CASES));
        hint.managedProperty().bind(hint.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button clear = new Button();
        clear.textProperty().bind(messages.bind("compare.clear"));
        clear.getStyleClass().add(Styles.FLAT);
        clear.disableProperty().bind(Bindings.isEmpty(state.comparedCases()));
        clear.setOnAction(e -> state.clearComparison());
        Button open = new Button(null, Icons.compare());
        open.textProperty().bind(messages.bind("compare.open"));
        open.getStyleClass().add(Styles.ACCENT);
        open.setId("open-comparison");
        open.disableProperty().bind(Bindings.size(state.comparedCases()).lessThan(Comparison.MIN_CASES)
                .or(comparing));
        open.setOnAction(e -> openComparison.run());

        getChildren().addAll(title, hint, spacer, clear, open);
        // Where the row of chips, empty, would stand and take its spacing.
        HBox.setMargin(hint, new Insets(0, 0, 0, getSpacing()));

        state.comparedCases().addListener((ListChangeListener<Case>) c -> rebuildChips());
        state.refusedForComparisonProperty().addListener((obs, old, now) -> showNotice());
        messages.langProperty().addListener((obs, old, now) -> {
            rebuildChips();
            showNotice();
        });
        rebuildChips();
    }

    private void showNotice() {
        Case refused = state.refusedForComparisonProperty().get();
        if (notice == null) {
            if (refused == null) {
                return;
            }
            notice = new Label();
            notice.getStyleClass().add("tray-notice");
            notice.setWrapText(true);
            notice.visibleProperty().bind(state.refusedForComparisonProperty().isNotNull());
            notice.managedProperty().bind(notice.visibleProperty());
            // After the hint, where it always stood.
            getChildren().add(getChildren().indexOf(chips()) + 2, notice);
        }
        notice.setText(refused == null ? "" : messages.format("compare.full",
                refused.name().in(messages.lang()), Comparison.MAX_CASES));
    }

    /** The row of chips, after the title; made with the first case compared. */
    private HBox chips() {
        if (chips == null) {
            chips = new HBox(6);
            chips.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(1, chips);
            getChildren().stream().filter(n -> n.getStyleClass().contains("tray-hint"))
                    .forEach(hint -> HBox.setMargin(hint, null));
        }
        return chips;
    }

    private void rebuildChips() {
        if (chips == null && state.comparedCases().isEmpty()) {
            return;
        }
        HBox chips = chips();
        chips.getChildren().clear();
        for (Case c : state.comparedCases()) {
            Label name = new Label(c.name().in(messages.lang()), new Emblem(c, 9));
            Button remove = new Button(null, Icons.clear());
            remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, "chip-remove");
            String removeText = messages.format("compare.remove", c.name().in(messages.lang()));
            remove.setAccessibleText(removeText);
            LazyTooltip.install(remove, () -> removeText);
            remove.setOnAction(e -> state.removeFromComparison(c));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("tray-chip");
            chips.getChildren().add(chip);
        }
    }
}
