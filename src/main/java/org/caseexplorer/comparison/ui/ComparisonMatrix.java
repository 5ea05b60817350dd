package org.caseexplorer.comparison.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonRow;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.Emblem;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LanguageTag;
import org.caseexplorer.ui.LazyTooltip;

/**
 * The comparison laid out as a grid: a header row with each case and its column controls
 * (move, baseline, remove), a row of key facts side by side, then one row per principle.
 */
final class ComparisonMatrix extends GridPane {

    static final double PRINCIPLE_WIDTH = 190;
    static final double CASE_MIN_WIDTH = 190;
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final List<Node> headerRow = new ArrayList<>();

    ComparisonMatrix(Comparison comparison, ComparisonViewModel model, java.util.function.Consumer<String> openPrinciple,
                     Messages messages, BooleanProperty allQuotes) {
        getStyleClass().add("compare-matrix");
        setId("compare-matrix");
        ColumnConstraints principle = new ColumnConstraints(PRINCIPLE_WIDTH, PRINCIPLE_WIDTH, PRINCIPLE_WIDTH);
        getColumnConstraints().add(principle);
        for (int i = 0; i < comparison.cases().size(); i++) {
            // The same preferred width for every case, so extra room is shared out equally and no
            // column is wider just because its case has more to say.
            ColumnConstraints column = new ColumnConstraints(CASE_MIN_WIDTH, CASE_MIN_WIDTH, Double.MAX_VALUE);
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            getColumnConstraints().add(column);
        }
        Lang lang = messages.lang();
        int row = 0;
        headerRow.add(corner(messages.get("compare.principle")));
        List<Case> cases = comparison.cases();
        for (int column = 0; column < cases.size(); column++) {
            headerRow.add(header(cases.get(column), column, cases.size(), model, messages));
        }
        for (int column = 0; column < headerRow.size(); column++) {
            // Drawn above the rows, so the header can stay in view while the rows scroll under it.
            headerRow.get(column).setViewOrder(-1);
            add(headerRow.get(column), column, row);
        }
        row++;
        add(rowHeader(new Label(messages.get("compare.facts")), null), 0, row);
        for (int column = 0; column < cases.size(); column++) {
            add(facts(cases.get(column), lang, messages), column + 1, row);
        }
        row++;
        for (ComparisonRow r : comparison.rows()) {
            add(rowHeader(principleName(r.principle(), openPrinciple, messages), r.principle().definition().in(lang)), 0, row);
            for (int column = 0; column < r.cells().size(); column++) {
                add(new ComparisonCellView(comparison, r, column, messages, allQuotes), column + 1, row);
            }
            row++;
        }
        getChildren().forEach(n -> GridPane.setValignment(n, VPos.TOP));
        getChildren().forEach(n -> GridPane.setFillHeight(n, true));
    }

    /**
     * Keeps the header row at the top of the visible part of the matrix: {@code scrolledPast} is
     * how far the top of the matrix has scrolled out of view (0 while it is in view).
     */
    void pinHeader(double scrolledPast) {
        double y = Math.max(0, scrolledPast);
        headerRow.forEach(node -> node.setTranslateY(y));
    }

    private static Node corner(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("matrix-corner");
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return label;
    }

    private static Node header(Case c, int column, int columns, ComparisonViewModel model, Messages messages) {
        String name = c.name().in(messages.lang());
        Label title = new Label(name, new Emblem(c, 10));
        title.getStyleClass().add("column-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        Button left = iconButton(Icons.moveLeft(), messages.format("compare.moveLeft", name), () -> model.moveLeft(c));
        left.setDisable(column == 0);
        left.setId("move-left-" + c.id());
        Button right = iconButton(Icons.moveRight(), messages.format("compare.moveRight", name), () -> model.moveRight(c));
        right.setDisable(column == columns - 1);
        right.setId("move-right-" + c.id());
        ToggleButton baseline = new ToggleButton(null, Icons.baseline());
        baseline.setSelected(model.isBaseline(c));
        baseline.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON, Styles.FLAT, "baseline-toggle");
        baseline.setId("baseline-" + c.id());
        String baselineText = messages.format("compare.setBaseline", name);
        baseline.setTooltip(new Tooltip(baselineText));
        baseline.setAccessibleText(baselineText);
        baseline.setOnAction(e -> model.toggleBaseline(c));
        Button remove = iconButton(Icons.clear(), messages.format("compare.remove", name), () -> model.remove(c));
        remove.setId("remove-" + c.id());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(2, left, right, spacer, baseline, remove);
        controls.setAlignment(Pos.CENTER_LEFT);
        // The case's own colour, from its file, as a bar across the top of its column.
        Region accent = new Region();
        accent.getStyleClass().add("column-accent");
        accent.setStyle("-fx-background-color: " + c.accent() + ";");
        HBox titleRow = new HBox(6, title);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        LanguageTag.compact(c.name(), messages.lang(), messages).ifPresent(titleRow.getChildren()::add);
        VBox content = new VBox(4, titleRow, controls);
        content.getStyleClass().add("column-header-content");
        if (model.isBaseline(c)) {
            Label badge = new Label(messages.get("compare.baseline"));
            badge.getStyleClass().add("baseline-badge");
            content.getChildren().add(1, badge);
        }
        VBox header = new VBox(accent, content);
        header.getStyleClass().add("column-header");
        header.setId("column-" + c.id());
        dragToReorder(header, c, column, model);
        header.setMaxWidth(Double.MAX_VALUE);
        return header;
    }

    /** A column header can be dragged onto another to move the column there. */
    private static void dragToReorder(Node header, Case c, int column, ComparisonViewModel model) {
        header.setOnDragDetected(e -> {
            Dragboard board = header.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(c.id());
            board.setContent(content);
            e.consume();
        });
        header.setOnDragOver(e -> {
            if (e.getGestureSource() != header && e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
                header.pseudoClassStateChanged(DROP_TARGET, true);
            }
            e.consume();
        });
        header.setOnDragExited(e -> header.pseudoClassStateChanged(DROP_TARGET, false));
        header.setOnDragDropped(e -> {
            boolean moved = e.getDragboard().hasString() && model.moveTo(e.getDragboard().getString(), column);
            e.setDropCompleted(moved);
            e.consume();
        });
    }

    private static Button iconButton(Node icon, String description, Runnable action) {
        Button button = new Button(null, icon);
        button.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL);
        button.setTooltip(new Tooltip(description));
        button.setAccessibleText(description);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A principle's name that opens its page. */
    private static Labeled principleName(Principle p, java.util.function.Consumer<String> openPrinciple,
                                         Messages messages) {
        Button name = new Button(p.name().in(messages.lang()));
        name.getStyleClass().addAll("principle-page-link", "flat");
        name.setId("compare-principle-" + p.id());
        String tip = messages.format("principle.page.open", p.name().in(messages.lang()));
        LazyTooltip.install(name, () -> tip);
        name.setOnAction(e -> openPrinciple.accept(p.id()));
        return name;
    }

    private static Node rowHeader(Labeled title, String definition) {
        title.getStyleClass().add("row-title");
        title.setWrapText(true);
        VBox box = new VBox(4, title);
        if (definition != null) {
            Label text = new Label(definition);
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("row-definition");
            box.getChildren().add(text);
        }
        box.getStyleClass().add("row-header");
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }

    private static Node facts(Case c, Lang lang, Messages messages) {
        VBox box = new VBox(4);
        box.getStyleClass().add("facts-cell");
        Bilingual[] texts = c.facts().stream().flatMap(f -> Stream.of(f.label(), f.value())).toArray(Bilingual[]::new);
        Optional<Lang> written = LanguageTag.fallbackAmong(lang, texts);
        if (written.isPresent()) {
            Label tag = LanguageTag.compactTag();
            LanguageTag.showCompact(tag, written, messages);
            box.getChildren().add(tag);
        }
        for (Fact fact : c.facts()) {
            Label label = new Label(fact.label().in(lang) + (lang == Lang.ZH ? "：" : ": ") + fact.valueWithYear(lang));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add("fact-line");
            box.getChildren().add(label);
        }
        if (c.facts().isEmpty()) {
            box.getChildren().add(new Label("–"));
        }
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }
}
