package org.caseexplorer.authoring.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.caseexplorer.authoring.CaseHistory;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Messages;

/**
 * History…: the kept versions of a case, newest first; choosing one shows, field by field, what
 * restoring it would change. Gives the version to restore (the window restores it, undoably).
 */
public final class HistoryDialog extends Dialog<CaseHistory.Version> {

    public HistoryDialog(Window owner, AuthoringViewModel authoring, String caseId, Messages messages) throws Exception {
        initOwner(owner);
        setTitle(messages.format("history.title", caseId));
        setResizable(true);
        List<CaseHistory.Version> versions = authoring.versions(caseId);
        ListView<CaseHistory.Version> list = new ListView<>();
        list.setId("history-versions");
        list.getItems().setAll(versions);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
                messages.lang() == Lang.ZH ? Locale.CHINA : Locale.UK).withZone(ZoneId.systemDefault());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CaseHistory.Version item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.format(item.time()));
            }
        });
        list.setPrefWidth(200);
        ChangesView changes = new ChangesView(messages, "diff.now", "diff.then");
        Label summary = new Label(versions.isEmpty() ? messages.get("history.empty") : "");
        // A version that cannot be read shows no changes and cannot be restored: the last one's
        // changes must not stand beside it, nor Restore offer it.
        javafx.beans.property.BooleanProperty readable = new javafx.beans.property.SimpleBooleanProperty(true);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == null) {
                changes.show(List.of());
                return;
            }
            try {
                var diff = authoring.differences(now);
                changes.show(diff);
                summary.setText(messages.format("history.changes", diff.size()));
                readable.set(true);
            } catch (Exception e) {
                changes.show(List.of());
                summary.setText(messages.format("authoring.failed", e.getMessage()));
                readable.set(false);
            }
        });
        VBox right = new VBox(6, summary, changes);
        HBox.setHgrow(right, Priority.ALWAYS);
        getDialogPane().setContent(new HBox(10, list, right));
        getDialogPane().setPrefSize(900, 420);
        ButtonType restore = new ButtonType(messages.get("history.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(restore, cancel);
        getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull().or(readable.not()));
        setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        if (!versions.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }
}
