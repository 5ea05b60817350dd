package org.caseexplorer.authoring.ui;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.caseexplorer.i18n.Messages;

/**
 * What authoring last said in the status strip: words made again when the language changes, and
 * whether they say why something failed (the strip keeps those in view; it lets the others go).
 */
final class StatusLine {

    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failing = new ReadOnlyBooleanWrapper();
    private Supplier<String> said = () -> "";

    StatusLine(Messages messages) {
        this.messages = messages;
        messages.langProperty().addListener((obs, old, now) -> text.set(said.get()));
    }

    ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty failing() {
        return failing.getReadOnlyProperty();
    }

    /** Says {@code words}, in the window's language now and after a switch. */
    void say(Supplier<String> words) {
        failing.set(false);
        said = words;
        text.set(words.get());
    }

    /** Says why something failed; a draft not kept does not hide the save's own failure. */
    void failed(Throwable e) {
        if (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof CaseEditor.DraftNotKept && failing.get()) {
            return; // the save's own failure stays in view
        }
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        say(() -> messages.format("authoring.failed", why));
        failing.set(true);
    }
}
