package org.caseexplorer.problems.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.i18n.Messages;

/**
 * Every problem found while loading: file, line:column, field, and what was expected, in the
 * window's language (the severity and the words follow the language switch; file and field are
 * the file's own).
 */
public final class ProblemsPanel extends VBox {

    private static final javafx.css.PseudoClass NOTE = javafx.css.PseudoClass.getPseudoClass("note");

    private final TableView<Problem> table = new TableView<>();

    public ProblemsPanel(javafx.collections.ObservableList<Problem> problems, Messages messages) {
        getStyleClass().add("problems-panel");
        table.setItems(problems);
        // Notes (a quote found in another form, a one-language case) are information, not mistakes.
        table.getColumns().add(column(messages, "problems.severity",
                p -> messages.get(p.isNote() ? "problems.note" : "problems.problem"), 70));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Problem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(NOTE, !empty && item != null && item.isNote());
            }
        });
        table.getColumns().add(column(messages, "problems.file", Problem::file, 260));
        table.getColumns().add(column(messages, "problems.position",
                p -> p.hasPosition() ? p.line() + ":" + p.column() : "", 80));
        table.getColumns().add(column(messages, "problems.field", Problem::field, 180));
        // The words of each problem in the window's language, said again when it changes.
        table.getColumns().add(column(messages, "problems.message", messages::problem, 560));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label();
        none.textProperty().bind(messages.bind("problems.none"));
        table.setPlaceholder(none);
        table.setPrefHeight(180);
        getChildren().add(table);
    }

    private static TableColumn<Problem, String> column(Messages messages, String key,
                                                       java.util.function.Function<Problem, String> value,
                                                       double width) {
        TableColumn<Problem, String> column = new TableColumn<>();
        column.textProperty().bind(messages.bind(key));
        column.setCellValueFactory(cell -> Bindings.createStringBinding(() -> value.apply(cell.getValue()),
                messages.langProperty()));
        column.setPrefWidth(width);
        return column;
    }
}
