package org.caseexplorer.authoring.ui;

import static org.caseexplorer.authoring.ui.CaseForm.fieldId;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.caseexplorer.i18n.Messages;

/**
 * The form's sections: basics, texts, facts, links to principles with their quotes, and web
 * links. A list's items each have a title, move and remove buttons, Alt+Up, Alt+Down and
 * Alt+Delete, and a handle to drag them by; "Add" puts an item at the end and focuses it.
 */
final class FormSections {

    private final CaseForm form;
    private final CaseEditorViewModel vm;
    private final Messages messages;
    private final FieldControls controls;
    private final FieldProblems problems;
    private final LibraryPickers pickers;

    FormSections(CaseForm form, CaseEditorViewModel vm, Messages messages, FieldControls controls,
                 FieldProblems problems, LibraryPickers pickers) {
        this.form = form;
        this.vm = vm;
        this.messages = messages;
        this.controls = controls;
        this.problems = problems;
        this.pickers = pickers;
    }

    Node basics() {
        return section("editor.section.basics", controls.rows("", -1, CaseFormFields.BASICS));
    }

    Node texts() {
        return section("editor.section.texts", controls.rows("", -1, CaseFormFields.TEXTS));
    }

    Node facts() {
        VBox items = new VBox(10);
        int n = vm.document().size("/facts");
        for (int i = 0; i < n; i++) {
            items.getChildren().add(item("/facts", i, n, messages.format("editor.fact.title", i + 1),
                    controls.rows("/facts/" + i, i, CaseFormFields.FACTS.fields())));
        }
        Button add = new Button(messages.get("editor.fact.add"));
        add.setMnemonicParsing(true);
        add.setId("add-fact");
        add.setOnAction(e -> {
            vm.addFact();
            focus("/facts/" + (vm.document().size("/facts") - 1) + "/label/en");
        });
        return section("editor.section.facts", new VBox(10, items, add));
    }

    Node links() {
        VBox items = new VBox(10);
        int n = vm.document().size("/links");
        for (int i = 0; i < n; i++) {
            String p = "/links/" + i;
            GridPane grid = controls.rows(p, i, CaseFormFields.LINKS.fields());
            VBox evidence = new VBox(8);
            int m = vm.document().size(p + "/evidence");
            for (int e = 0; e < m; e++) {
                evidence.getChildren().add(item(p + "/evidence", e, m, messages.format("editor.evidence.title", e + 1),
                        controls.rows(p + "/evidence/" + e, e, CaseFormFields.EVIDENCE.fields())));
            }
            int linkIndex = i;
            Button addQuote = new Button(messages.get("editor.evidence.add"));
            addQuote.setMnemonicParsing(true);
            addQuote.setOnAction(ev -> {
                vm.addEvidence(linkIndex, "", "");
                focus(p + "/evidence/" + (vm.document().size(p + "/evidence") - 1) + "/quote");
            });
            VBox body = new VBox(8, grid, problems.line(p + "/evidence"), evidence,
                    new HBox(8, addQuote, pickers.quoteFromSourceButton(linkIndex)));
            items.getChildren().add(item("/links", i, n, messages.format("editor.link.title", i + 1), body));
        }
        Button add = new Button(messages.get("editor.link.add"));
        add.setMnemonicParsing(true);
        add.setId("add-link");
        add.setOnAction(e -> {
            vm.addLink("");
            focus("/links/" + (vm.document().size("/links") - 1) + "/principle");
        });
        return section("editor.section.links", new VBox(10, problems.line("/links"), items, add));
    }

    Node web() {
        VBox items = new VBox(10);
        int n = vm.document().size("/web");
        for (int i = 0; i < n; i++) {
            items.getChildren().add(item("/web", i, n, messages.format("editor.web.title", i + 1),
                    controls.rows("/web/" + i, i, CaseFormFields.WEB.fields())));
        }
        Button add = new Button(messages.get("editor.web.add"));
        add.setOnAction(e -> vm.addWebLink());
        return section("editor.section.web", new VBox(10, items, add));
    }

    private Node section(String titleKey, Node content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().addAll(Styles.TITLE_4, "editor-section-title");
        return new VBox(8, title, content);
    }

    /** One item of a list, with its title, move and remove buttons, Alt+Up/Alt+Down and drag to reorder. */
    private Node item(String listPointer, int index, int size, String title, Node body) {
        Label handle = new Label("⠿ " + title);
        handle.getStyleClass().addAll("item-title", Styles.TEXT_BOLD);
        handle.setTooltip(new Tooltip(messages.get("editor.item.drag")));
        Button up = small("↑", "editor.item.up", () -> vm.move(listPointer, index, index - 1));
        Button down = small("↓", "editor.item.down", () -> vm.move(listPointer, index, index + 1));
        Button remove = small("×", "editor.item.remove", () -> vm.remove(listPointer, index));
        up.setDisable(index == 0);
        down.setDisable(index == size - 1);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, handle, spacer, up, down, remove);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, body);
        box.getStyleClass().add("editor-item");
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.DELETE) {
                vm.remove(listPointer, index);
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int to = index + (e.getCode() == KeyCode.UP ? -1 : 1);
                if (to >= 0 && to < size) {
                    String focusedTail = focusedTail(listPointer + "/" + index);
                    vm.move(listPointer, index, to);
                    if (focusedTail != null) {
                        focus(listPointer + "/" + to + focusedTail);
                    }
                }
                e.consume();
            }
        });
        String dragKey = "case-editor:" + listPointer + ":";
        handle.setOnDragDetected(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(dragKey + index);
            handle.startDragAndDrop(TransferMode.MOVE).setContent(content);
            e.consume();
        });
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(dragKey)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        box.setOnDragDropped(e -> {
            String s = e.getDragboard().getString();
            if (s != null && s.startsWith(dragKey)) {
                vm.move(listPointer, Integer.parseInt(s.substring(dragKey.length())), index);
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return box;
    }

    /** The rest of the focused field's pointer under {@code itemPointer}, e.g. "/label/en". */
    private String focusedTail(String itemPointer) {
        Node focused = form.getScene() == null ? null : form.getScene().getFocusOwner();
        String prefix = fieldId(itemPointer);
        if (focused == null || focused.getId() == null || !focused.getId().startsWith(prefix + "-")) {
            return null;
        }
        return focused.getId().substring(prefix.length()).replace('-', '/');
    }

    private void focus(String pointer) {
        Node node = form.fieldAt(pointer);
        if (node != null) {
            node.requestFocus();
        }
    }

    private Button small(String text, String tooltipKey, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        // Tab goes from field to field; the keyboard moves and removes with Alt+Up, Alt+Down, Alt+Delete.
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(messages.get(tooltipKey)));
        b.setAccessibleText(messages.get(tooltipKey));
        b.setOnAction(e -> action.run());
        return b;
    }
}
