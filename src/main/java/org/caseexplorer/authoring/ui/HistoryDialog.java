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
        // Read once: a cell is drawn again and again, and each reading is a file read.
        java.util.Map<CaseHistory.Version, Boolean> isCase = new java.util.HashMap<>();
        versions.forEach(v -> isCase.put(v, v.readable()));
        ListView<CaseHistory.Version> list = new ListView<>();
        list.setId("history-versions");
        list.getItems().setAll(versions);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
                messages.lang() == Lang.ZH ? Locale.CHINA : Locale.UK).withZone(ZoneId.systemDefault());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CaseHistory.Version item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : isCase.getOrDefault(item, false) ? format.format(item.time())
                        : messages.format("history.unreadableItem", format.format(item.time())));
            }
        });
        list.setPrefWidth(250);
        // The versions stay in view whatever is beside them (a long version's text, say).
        list.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ChangesView changes = new ChangesView(messages, "diff.now", "diff.then");
        Label summary = new Label(versions.isEmpty() ? messages.get("history.empty") : "");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // A version that cannot be read shows no changes and cannot be restored: the last one's
        // changes must not stand beside it, nor Restore offer it.
        javafx.beans.property.BooleanProperty readable = new javafx.beans.property.SimpleBooleanProperty(true);
        // A version kept as bytes that are no case: shown as the text it is, and restorable as it is.
        javafx.scene.control.TextArea raw = new javafx.scene.control.TextArea();
        raw.setId("history-raw");
        raw.setEditable(false);
        raw.setWrapText(true);
        raw.setPrefColumnCount(60);
        raw.setPrefRowCount(16);
        raw.getStyleClass().add("raw-version");
        VBox.setVgrow(raw, Priority.ALWAYS);
        VBox.setVgrow(changes, Priority.ALWAYS);
        Runnable showRaw = () -> {
            raw.setVisible(true);
            raw.setManaged(true);
            changes.setVisible(false);
            changes.setManaged(false);
        };
        Runnable showChanges = () -> {
            raw.setVisible(false);
            raw.setManaged(false);
            raw.clear();
            changes.setVisible(true);
            changes.setManaged(true);
        };
        showChanges.run();
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == null) {
                changes.show(List.of());
                return;
            }
            try {
                if (!isCase.getOrDefault(now, false)) {
                    byte[] bytes = now.bytes();
                    changes.show(List.of());
                    summary.setText(messages.get("history.unreadable"));
                    raw.setText(rawText(bytes));
                    showRaw.run();
                    readable.set(true);
                    return;
                }
                showChanges.run();
                var diff = authoring.differences(now);
                changes.show(diff);
                summary.setText(messages.format("history.changes", diff.size()));
                readable.set(true);
            } catch (Exception e) {
                showChanges.run();
                changes.show(List.of());
                summary.setText(messages.format("authoring.failed", e.getMessage()));
                readable.set(false);
            }
        });
        VBox right = new VBox(6, summary, changes, raw);
        HBox.setHgrow(right, Priority.ALWAYS);
        getDialogPane().setContent(new HBox(10, list, right));
        getDialogPane().setPrefSize(900, 460);
        getDialogPane().setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, 300);
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

    /** The bytes as text: UTF-8 where they are, a replacement mark where not, and no more than a screenful of pages. */
    static String rawText(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int most = 100_000;
        return text.length() <= most ? text : text.substring(0, most) + "\n…";
    }
}
