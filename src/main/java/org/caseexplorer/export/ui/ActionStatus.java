package org.caseexplorer.export.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.caseexplorer.i18n.Messages;

/**
 * The state of the one export or print at a time, for whichever view shows it: the task under
 * way and its progress, then the outcome. The message is kept as a key and arguments, so it
 * follows a switch of language at once; a saved file is kept so the view can offer to open it.
 */
public final class ActionStatus {

    /** A message key with its arguments, or no message. */
    private record Text(String key, Object[] args) {
        static final Text NONE = new Text(null, new Object[0]);
    }

    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> savedFile = new ReadOnlyObjectWrapper<>();
    private final SimpleObjectProperty<Text> text = new SimpleObjectProperty<>(Text.NONE);
    private final StringBinding message;

    public ActionStatus(Messages messages) {
        message = Bindings.createStringBinding(() -> {
            Text t = text.get();
            return t.key() == null ? "" : messages.format(t.key(), t.args());
        }, text, messages.langProperty());
    }

    /** The export or print under way, or null. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Progress of the running task from 0 to 1, or -1 while it is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening or what happened, in the window's language; empty when there is nothing to say. */
    public StringBinding messageProperty() {
        return message;
    }

    /** True when the last outcome was a failure. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file the last export wrote, or null. */
    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile.getReadOnlyProperty();
    }

    /** Cancels the running task, if any. */
    public void cancel() {
        if (running.get() != null) {
            running.get().cancel(true);
        }
    }

    /** Puts the message away, e.g. once the user has read it. */
    public void dismiss() {
        if (running.get() == null) {
            text.set(Text.NONE);
            error.set(false);
            savedFile.set(null);
        }
    }

    public void show(Task<?> task, String key, Object... args) {
        progress.unbind();
        progress.bind(task.progressProperty());
        error.set(false);
        savedFile.set(null);
        text.set(new Text(key, args));
        running.set(task);
    }

    public void succeeded(Path file, String key, Object... args) {
        end(false, key, args);
        savedFile.set(file);
    }

    public void failed(String key, Object... args) {
        end(true, key, args);
    }

    public void ended(String key, Object... args) {
        end(false, key, args);
    }

    private void end(boolean failed, String key, Object... args) {
        progress.unbind();
        progress.set(-1);
        running.set(null);
        error.set(failed);
        savedFile.set(null);
        text.set(key == null ? Text.NONE : new Text(key, args));
    }
}
