package org.caseexplorer.compare;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.caseexplorer.i18n.Messages;

/**
 * The bar below the comparison that follows one export or print at a time: its progress, a
 * Cancel button while it runs, then where the file went or what went wrong.
 */
final class ActionStatusBar extends HBox {

    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>();

    ActionStatusBar(Messages messages) {
        super(10);
        progress.setPrefWidth(180);
        progress.visibleProperty().bind(running.isNotNull());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button();
        cancel.textProperty().bind(messages.bind("compare.export.cancel"));
        cancel.setId("cancel-export");
        cancel.visibleProperty().bind(running.isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> {
            if (running.get() != null) {
                running.get().cancel(true);
            }
        });
        status.setId("export-status");
        status.setWrapText(true);
        getChildren().addAll(progress, status, cancel);
        getStyleClass().add("export-bar");
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(status.textProperty().isNotEmpty().or(running.isNotNull()));
        managedProperty().bind(visibleProperty());
    }

    /** The task under way, or null. */
    ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Shows {@code task} as running with {@code message}; the caller starts it. */
    void show(Task<?> task, String message) {
        status.getStyleClass().remove("export-error");
        status.setText(message);
        progress.progressProperty().bind(task.progressProperty());
        running.set(task);
    }

    /** Ends the running task's display with its outcome; an error stands out. */
    void finish(String message, boolean error) {
        progress.progressProperty().unbind();
        running.set(null);
        status.getStyleClass().remove("export-error");
        if (error) {
            status.getStyleClass().add("export-error");
        }
        status.setText(message);
    }
}
