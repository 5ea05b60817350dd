package org.caseexplorer.authoring.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.i18n.Messages;

/**
 * The fields of one case, English and Chinese side by side, each bound to its place in the
 * document by JSON Pointer, each showing the loader's problems at it (a ControlsFX decoration
 * and the message beneath). Built again when the shape of the case changes (an item added,
 * removed or moved); otherwise only the values that differ are put into the fields.
 *
 * <p>The form is the shell: it follows the document and decides between building and showing.
 * {@link FormSections} lays out the sections and their lists, {@link FieldControls} makes the
 * fields, {@link LibraryPickers} the choices from the library, {@link FieldValues} keeps them
 * showing the document and {@link FieldProblems} says the problems at them. Only the form
 * subscribes to the view model, and {@link #detach()} lets go.
 */
final class CaseForm extends VBox {

    /** A problem line that holds notes only. */
    static final PseudoClass NOTE = PseudoClass.getPseudoClass("note");

    private final CaseEditorViewModel vm;
    private final FieldValues values = new FieldValues();
    private final FieldProblems problems;
    private final FormSections sections;
    private String shape;
    private final Subscription following;

    CaseForm(CaseEditorViewModel vm, Messages messages, Consumer<Exception> failed,
             BiConsumer<Integer, String> quoteFromSource) {
        this.vm = vm;
        this.problems = new FieldProblems(vm, messages);
        LibraryPickers pickers = new LibraryPickers(vm, messages, values, quoteFromSource);
        FieldControls controls = new FieldControls(vm, messages, failed, values, problems, pickers);
        this.sections = new FormSections(this, vm, messages, controls, problems, pickers);
        getStyleClass().add("case-form");
        setSpacing(14);
        // As wide as the pane, never wider: the columns share what there is, and long texts wrap.
        setMinWidth(0);
        build();
        following = vm.documentProperty().subscribe((old, now) -> refresh());
    }

    /** The form is replaced or its editor closed, while still shown: it no longer follows the case. */
    void detach() {
        following.unsubscribe();
        // While the fields are still in the scene, whose decoration layer keeps their marks.
        problems.undecorate();
    }

    /** The control holding the value at {@code pointer}, to focus it. */
    Node fieldAt(String pointer) {
        return lookup("#" + fieldId(pointer));
    }

    static String fieldId(String pointer) {
        return "field" + pointer.replace('/', '-').replace('$', 's');
    }

    /** What the editor says about a problem, in the window's language ({@link FieldProblems#said}). */
    String said(Problem problem) {
        return problems.said(problem);
    }

    /** Whether {@code pointer} ("/name/zh") is one language of a text that is empty in both. */
    boolean isMissingInBoth(String pointer) {
        return problems.isMissingInBoth(pointer);
    }

    private void refresh() {
        if (!shapeOf(vm.document()).equals(shape)) {
            Node focused = getScene() == null ? null : getScene().getFocusOwner();
            String focusedId = focused == null ? null : focused.getId();
            build();
            if (focusedId != null && lookup("#" + focusedId) != null) {
                lookup("#" + focusedId).requestFocus();
            }
            return;
        }
        values.show(vm.document());
        problems.show();
    }

    /** The sizes of every list: when they change, the form is built again. */
    private static String shapeOf(CaseDocument doc) {
        StringBuilder s = new StringBuilder().append(doc.size("/facts")).append('/').append(doc.size("/web"));
        for (int i = 0; i < doc.size("/links"); i++) {
            s.append('/').append(doc.size("/links/" + i + "/evidence"));
        }
        return s.toString();
    }

    private void build() {
        values.clear();
        problems.clear();
        shape = shapeOf(vm.document());
        getChildren().setAll(sections.basics(), sections.texts(), sections.facts(), sections.links(), sections.web());
        problems.show();
    }
}
