package org.caseexplorer.authoring.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.i18n.Messages;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The form's side of the loader's problems: the line under each field that says them, the
 * ControlsFX mark on the field, and the editor's own words for a text that is missing or a
 * principle or source not chosen yet. Made again with the form's fields ({@link #clear}).
 */
final class FieldProblems {

    private final CaseEditorViewModel vm;
    private final Messages messages;
    /** Each field's problem line by the pointer of its value ("/links/0/principle"). */
    private final Map<String, Label> problemLines = new HashMap<>();
    /** The controls given a problem mark, to take the marks off again. */
    private final List<Control> decorated = new ArrayList<>();
    /** Each text field's label key by pointer ("/name/en" → "editor.field.name"), to name what is missing. */
    private final Map<String, String> labels = new HashMap<>();
    private ValidationSupport validation;

    FieldProblems(CaseEditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** The form's fields are made again: the old ones' lines, labels and marks go. */
    void clear() {
        problemLines.clear();
        undecorate();
        decorated.clear();
        labels.clear();
        validation = new ValidationSupport();
    }

    /**
     * Takes the fields' problem marks off the scene's decoration layer, which ControlsFX keeps at
     * the scene's root: a mark left there keeps its field, and so the whole form, alive. It has to
     * be done while the fields are still in the scene, where the layer finds them.
     */
    void undecorate() {
        decorated.forEach(control -> {
            if (Decorator.getDecorations(control) != null && !Decorator.getDecorations(control).isEmpty()) {
                Decorator.removeAllDecorations(control);
            }
        });
    }

    /** Says the problems at every field, in its line and its mark. */
    void show() {
        problemLines.forEach((pointer, line) -> {
            List<Problem> at = problemsAt(pointer);
            // A text missing in both languages is said once, under the English field.
            String text = pointer.endsWith("/zh") && isMissingInBoth(pointer) ? ""
                    : String.join("\n", at.stream().map(this::said).toList());
            line.setText(text);
            // Notes only (a quote in another form, one language): a calmer look than a problem's.
            boolean notesOnly = !at.isEmpty() && at.stream().allMatch(Problem::isNote);
            line.pseudoClassStateChanged(CaseForm.NOTE, notesOnly);
            line.setGraphic(text.isEmpty() ? null : notesOnly ? org.caseexplorer.ui.Icons.note()
                    : org.caseexplorer.ui.Icons.problem());
            line.setVisible(!text.isEmpty());
            line.setManaged(!text.isEmpty());
        });
        validation.revalidate();
    }

    /**
     * What the editor says about a problem, in the window's language: the loader's words, except
     * for an empty text, which it names ("Name is missing: write it in English, in Chinese or
     * both") instead of the loader's "is empty; write the text here", and an empty principle or
     * source, which is chosen rather than written. Told by the problem's kind and pointer.
     */
    String said(Problem problem) {
        if (problem.pointer().equals("/id") && vm.document().id().isEmpty() && !problem.isNote()) {
            return messages.get("editor.missing.id");
        }
        if (isEmptyText(problem)) {
            // The principle and source are picked, not written: an empty one asks to choose.
            Optional<CaseFormFields.Input> input = CaseFormFields.inputAt(problem.pointer());
            if (input.equals(Optional.of(CaseFormFields.Input.PRINCIPLE))) {
                return messages.get("editor.choose.principle");
            }
            if (input.equals(Optional.of(CaseFormFields.Input.SOURCE))) {
                return messages.get("editor.choose.source");
            }
        }
        String labelKey = labels.get(problem.pointer());
        if (labelKey == null || !isEmptyText(problem)) {
            return messages.problem(problem);
        }
        String label = shortLabel(labelKey);
        return isMissingInBoth(problem.pointer()) ? messages.format("editor.missing.both", label)
                : messages.format("editor.missing", label);
    }

    /** Whether {@code pointer} ("/name/zh") is one language of a text that is empty in both. */
    boolean isMissingInBoth(String pointer) {
        if (!pointer.endsWith("/en") && !pointer.endsWith("/zh")) {
            return false;
        }
        String text = pointer.substring(0, pointer.length() - 3);
        return problemsAt(text + "/en").stream().anyMatch(FieldProblems::isEmptyText)
                && problemsAt(text + "/zh").stream().anyMatch(FieldProblems::isEmptyText);
    }

    /** The text at {@code pointer} is labelled {@code labelKey}: a problem that it is missing names it so. */
    void label(String pointer, String labelKey) {
        labels.put(pointer, labelKey);
    }

    /** Marks {@code control} with the worst of the problems at {@code pointer}, the ControlsFX way. */
    void mark(Control control, String pointer) {
        decorated.add(control);
        validation.registerValidator(control, false, (Control c, Object value) -> {
            List<Problem> at = problemsAt(pointer);
            // The mark says the worst: a problem's error, or the information mark for notes only.
            Problem first = at.stream().filter(p -> !p.isNote()).findFirst().orElse(at.isEmpty() ? null : at.get(0));
            return first == null ? new ValidationResult()
                    : ValidationResult.fromMessageIf(c, said(first), first.isNote() ? Severity.INFO : Severity.ERROR,
                    true);
        });
    }

    /** The line under the value at {@code pointer} that says its problems; its id names the field ("problem-name-en"). */
    Label line(String pointer) {
        Label line = new Label();
        line.getStyleClass().addAll("field-problem", Styles.TEXT_SMALL);
        line.setWrapText(true);
        line.setVisible(false);
        line.setManaged(false);
        line.setId("problem-" + Problem.fieldName(pointer).replaceAll("[^A-Za-z0-9]", "-"));
        problemLines.put(pointer, line);
        return line;
    }

    /** A field's label up to its first comma or bracket: "Quote, exactly as the source has it" is a "Quote". */
    String shortLabel(String labelKey) {
        return ProblemPlace.shortLabel(messages.get(labelKey));
    }

    /** The loader's problems at the value {@code pointer}. */
    private List<Problem> problemsAt(String pointer) {
        return vm.problems().stream().filter(p -> p.pointer().equals(pointer)).toList();
    }

    /** An empty text or one of white space only: a problem the editor words itself. */
    private static boolean isEmptyText(Problem problem) {
        return !problem.isNote() && problem.kind() == ProblemKind.EMPTY_TEXT;
    }
}
