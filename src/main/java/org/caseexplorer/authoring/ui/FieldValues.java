package org.caseexplorer.authoring.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TextInputControl;
import org.caseexplorer.authoring.CaseDocument;

/**
 * What the form's controls show of the document, and how they show it again after a change (an
 * edit, an undo, a file changed on disk): each text field by the pointer of its value, and for
 * every other control (pickers, colour, strength) a step that puts the document's value into it.
 * While they are shown, {@link #isUpdating()} is true, so no control's listener takes the change
 * for an edit.
 */
final class FieldValues {

    /** Each text field by the pointer of its value. */
    private final Map<String, TextInputControl> fields = new HashMap<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private boolean updating;

    /** {@code control} shows the text at {@code pointer}. */
    void put(String pointer, TextInputControl control) {
        fields.put(pointer, control);
    }

    /** Runs {@code show}, which puts the document's value into a control, now and after every change. */
    void follow(Runnable show) {
        show.run();
        refreshers.add(show);
    }

    /** Whether a control changes because the form shows the document, not because of an edit. */
    boolean isUpdating() {
        return updating;
    }

    /** Puts the values of {@code document} that differ from what the controls show into them. */
    void show(CaseDocument document) {
        updating = true;
        try {
            fields.forEach((pointer, control) -> {
                String value = document.text(pointer);
                if (!control.getText().equals(value)) {
                    control.setText(value);
                }
            });
            refreshers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
    }

    /** The form's controls are made again: the old ones are shown no more. */
    void clear() {
        fields.clear();
        refreshers.clear();
    }
}
