package org.caseexplorer.authoring.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.caseexplorer.i18n.Messages;

/** After a crash: unsaved edits were kept; shows what they change and offers them back. */
public final class RecoveryDialog extends Dialog<RecoveryDialog.Choice> {

    /** What to do with a recovered draft. */
    public enum Choice { RECOVER, DISCARD, LATER }

    public RecoveryDialog(Window owner, AuthoringViewModel.Recovery recovery, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("recovery.title"));
        setResizable(true);
        String what = recovery.draft().editedId().isEmpty()
                ? messages.format("recovery.new", recovery.draft().document().text("/name/en"))
                : recovery.draft().editedId();
        Label header = new Label(messages.format("recovery.header", what, recovery.changes().size()));
        header.setWrapText(true);
        ChangesView changes = new ChangesView(messages, "diff.file", "diff.draft");
        changes.show(recovery.changes());
        getDialogPane().setContent(new VBox(8, header, changes));
        getDialogPane().setPrefSize(800, 400);
        ButtonType recover = new ButtonType(messages.get("recovery.recover"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(messages.get("recovery.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType(messages.get("recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(recover, discard, later);
        setResultConverter(b -> b == recover ? Choice.RECOVER : b == discard ? Choice.DISCARD : Choice.LATER);
    }
}
