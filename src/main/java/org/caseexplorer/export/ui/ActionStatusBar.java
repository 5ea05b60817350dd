package org.caseexplorer.export.ui;

import atlantafx.base.theme.Styles;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.FirstNeed;
import org.caseexplorer.ui.Icons;

/**
 * The window's strip for the export or print under way, wherever it was started: progress and
 * Cancel while it runs, then the outcome, with Open and Show in folder after a save.
 */
public final class ActionStatusBar extends HBox {

    private static final String ERROR = "export-error";

    public ActionStatusBar(ActionStatus status, Messages messages, Consumer<URI> desktop) {
        super(8);
        getStyleClass().add("export-bar");
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(status.messageProperty().isNotEmpty().or(status.runningProperty().isNotNull()));
        managedProperty().bind(visibleProperty());
        // Its controls are made with the first export or print: most starts never need them.
        FirstNeed.when(visibleProperty(), Boolean.TRUE::equals, () -> build(status, messages, desktop));
    }

    private void build(ActionStatus status, Messages messages, Consumer<URI> desktop) {
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(status.progressProperty());
        BooleanBinding running = status.runningProperty().isNotNull();
        showWhen(progress, running);

        Label message = new Label();
        message.setId("export-status");
        message.textProperty().bind(status.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        status.errorProperty().addListener((obs, old, failed) -> {
            message.getStyleClass().remove(ERROR);
            if (failed) {
                message.getStyleClass().add(ERROR);
            }
        });

        Button cancel = button("compare.export.cancel", messages, status::cancel);
        cancel.setId("cancel-export");
        showWhen(cancel, running);
        Button open = button("status.open", messages, () -> open(status.savedFileProperty().get(), desktop, false));
        open.setId("open-export");
        Button folder = button("status.showInFolder", messages,
                () -> open(status.savedFileProperty().get(), desktop, true));
        folder.setId("show-export-folder");
        BooleanBinding saved = status.savedFileProperty().isNotNull();
        showWhen(open, saved);
        showWhen(folder, saved);
        Button dismiss = new Button(null, Icons.clear());
        dismiss.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        dismiss.accessibleTextProperty().bind(messages.bind("status.dismiss"));
        dismiss.setOnAction(e -> status.dismiss());
        showWhen(dismiss, running.not());

        getChildren().addAll(progress, message, cancel, open, folder, dismiss);
    }

    private static Button button(String key, Messages messages, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(messages.bind(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static void showWhen(javafx.scene.Node node, BooleanBinding condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static void open(Path file, Consumer<URI> desktop, boolean folder) {
        if (file == null) {
            return;
        }
        Path target = folder ? file.toAbsolutePath().getParent() : file.toAbsolutePath();
        if (target != null) {
            desktop.accept(target.toUri());
        }
    }
}
