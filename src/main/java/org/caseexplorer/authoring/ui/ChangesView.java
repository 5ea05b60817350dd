package org.caseexplorer.authoring.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.caseexplorer.authoring.FieldDiff;
import org.caseexplorer.i18n.Messages;

/** A table of what differs between two versions of a case, one row per field. */
final class ChangesView extends TableView<FieldDiff.Change> {

    ChangesView(Messages messages, String nowKey, String thenKey) {
        getStyleClass().add("changes-view");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column(messages.get("diff.field"), FieldDiff.Change::field, 0.26));
        getColumns().add(column(messages.get(nowKey), FieldDiff.Change::before, 0.37));
        getColumns().add(column(messages.get(thenKey), FieldDiff.Change::after, 0.37));
        setPlaceholder(new javafx.scene.control.Label(messages.get("diff.none")));
        setPrefHeight(260);
    }

    void show(List<FieldDiff.Change> changes) {
        getItems().setAll(changes);
    }

    private TableColumn<FieldDiff.Change, String> column(String title,
                                                       java.util.function.Function<FieldDiff.Change, String> value,
                                                       double share) {
        TableColumn<FieldDiff.Change, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.prefWidthProperty().bind(widthProperty().multiply(share).subtract(4));
        return column;
    }
}
