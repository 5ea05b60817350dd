package org.caseexplorer.editor;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.LibraryLoader;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Source;
import org.caseexplorer.i18n.Messages;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The fields of one case, English and Chinese side by side, each bound to its place in the
 * document by JSON Pointer, each showing the loader's problems at it (a ControlsFX decoration
 * and the message beneath). Built again when the shape of the case changes (an item added,
 * removed or moved); otherwise only the values that differ are put into the fields.
 */
final class CaseForm extends VBox {

    /** A problem line that holds notes only. */
    static final javafx.css.PseudoClass NOTE = javafx.css.PseudoClass.getPseudoClass("note");

    /** The widest a field's label gets; a longer one wraps. */
    static final double LABEL_WIDTH = 150;

    private final CaseEditorViewModel vm;
    private final Messages messages;
    private final Consumer<Exception> failed;
    /** Opens a source's text beside the editor for the link at this index; "Use as evidence" adds to it. */
    private final java.util.function.BiConsumer<Integer, String> quoteFromSource;
    /** Each text field by the pointer of its value. */
    private final Map<String, TextInputControl> fields = new HashMap<>();
    /** Each field's problem line by the pointer of its value ("/links/0/principle"). */
    private final Map<String, Label> problemLines = new HashMap<>();
    /** The controls given a problem mark, to take the marks off again. */
    private final List<Control> decorated = new ArrayList<>();
    /** Each text field's label key by pointer ("/name/en" → "editor.field.name"), to name what is missing. */
    private final Map<String, String> labels = new HashMap<>();
    private final List<Runnable> refreshers = new java.util.ArrayList<>();
    private ValidationSupport validation;
    private String shape;
    private boolean updating;
    private final javafx.util.Subscription following;

    CaseForm(CaseEditorViewModel vm, Messages messages, Consumer<Exception> failed,
             java.util.function.BiConsumer<Integer, String> quoteFromSource) {
        this.vm = vm;
        this.messages = messages;
        this.failed = failed;
        this.quoteFromSource = quoteFromSource;
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
        undecorate();
    }

    /**
     * Takes the fields' problem marks off the scene's decoration layer, which ControlsFX keeps at
     * the scene's root: a mark left there keeps its field, and so the whole form, alive. It has to
     * be done while the fields are still in the scene, where the layer finds them.
     */
    private void undecorate() {
        decorated.forEach(control -> {
            if (Decorator.getDecorations(control) != null && !Decorator.getDecorations(control).isEmpty()) {
                Decorator.removeAllDecorations(control);
            }
        });
    }

    /** The control holding the value at {@code pointer}, to focus it. */
    Node fieldAt(String pointer) {
        return lookup("#" + fieldId(pointer));
    }

    static String fieldId(String pointer) {
        return "field" + pointer.replace('/', '-').replace('$', 's');
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
        updating = true;
        try {
            fields.forEach((pointer, control) -> {
                String value = vm.document().text(pointer);
                if (!control.getText().equals(value)) {
                    control.setText(value);
                }
            });
            refreshers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
        showProblems();
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
        fields.clear();
        problemLines.clear();
        undecorate();
        decorated.clear();
        labels.clear();
        refreshers.clear();
        validation = new ValidationSupport();
        shape = shapeOf(vm.document());
        getChildren().setAll(basics(), texts(), facts(), links(), web());
        showProblems();
    }

    private void showProblems() {
        problemLines.forEach((pointer, line) -> {
            List<Problem> at = problemsAt(pointer);
            // A text missing in both languages is said once, under the English field.
            String text = pointer.endsWith("/zh") && isMissingInBoth(pointer) ? ""
                    : String.join("\n", at.stream().map(this::said).toList());
            line.setText(text);
            // Notes only (a quote in another form, one language): a calmer look than a problem's.
            boolean notesOnly = !at.isEmpty() && at.stream().allMatch(Problem::isNote);
            line.pseudoClassStateChanged(NOTE, notesOnly);
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
        return problemsAt(text + "/en").stream().anyMatch(CaseForm::isEmptyText)
                && problemsAt(text + "/zh").stream().anyMatch(CaseForm::isEmptyText);
    }

    /** The loader's problems at the value {@code pointer}. */
    private List<Problem> problemsAt(String pointer) {
        return vm.problems().stream().filter(p -> p.pointer().equals(pointer)).toList();
    }

    /** An empty text or one of white space only: a problem the editor words itself. */
    private static boolean isEmptyText(Problem problem) {
        return !problem.isNote() && problem.kind() == ProblemKind.EMPTY_TEXT;
    }

    /** A field's label up to its first comma or bracket: "Quote, exactly as the source has it" is a "Quote". */
    private String shortLabel(String labelKey) {
        return ProblemPlace.shortLabel(messages.get(labelKey));
    }

    // --- sections ----------------------------------------------------------------------------

    private Node basics() {
        return section("editor.section.basics", rows("", -1, CaseFormFields.BASICS));
    }

    private Node texts() {
        return section("editor.section.texts", rows("", -1, CaseFormFields.TEXTS));
    }

    private Node facts() {
        VBox items = new VBox(10);
        int n = vm.document().size("/facts");
        for (int i = 0; i < n; i++) {
            items.getChildren().add(item("/facts", i, n, messages.format("editor.fact.title", i + 1),
                    rows("/facts/" + i, i, CaseFormFields.FACTS.fields())));
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

    private Node links() {
        VBox items = new VBox(10);
        int n = vm.document().size("/links");
        for (int i = 0; i < n; i++) {
            String p = "/links/" + i;
            GridPane grid = rows(p, i, CaseFormFields.LINKS.fields());
            VBox evidence = new VBox(8);
            int m = vm.document().size(p + "/evidence");
            for (int e = 0; e < m; e++) {
                evidence.getChildren().add(item(p + "/evidence", e, m, messages.format("editor.evidence.title", e + 1),
                        rows(p + "/evidence/" + e, e, CaseFormFields.EVIDENCE.fields())));
            }
            int linkIndex = i;
            Button addQuote = new Button(messages.get("editor.evidence.add"));
            addQuote.setMnemonicParsing(true);
            addQuote.setOnAction(ev -> {
                vm.addEvidence(linkIndex, "", "");
                focus(p + "/evidence/" + (vm.document().size(p + "/evidence") - 1) + "/quote");
            });
            VBox body = new VBox(8, grid, problemLine(p + "/evidence"), evidence,
                    new HBox(8, addQuote, quoteFromSourceButton(linkIndex)));
            items.getChildren().add(item("/links", i, n, messages.format("editor.link.title", i + 1), body));
        }
        Button add = new Button(messages.get("editor.link.add"));
        add.setMnemonicParsing(true);
        add.setId("add-link");
        add.setOnAction(e -> {
            vm.addLink("");
            focus("/links/" + (vm.document().size("/links") - 1) + "/principle");
        });
        return section("editor.section.links", new VBox(10, problemLine("/links"), items, add));
    }

    private Node web() {
        VBox items = new VBox(10);
        int n = vm.document().size("/web");
        for (int i = 0; i < n; i++) {
            items.getChildren().add(item("/web", i, n, messages.format("editor.web.title", i + 1),
                    rows("/web/" + i, i, CaseFormFields.WEB.fields())));
        }
        Button add = new Button(messages.get("editor.web.add"));
        add.setOnAction(e -> vm.addWebLink());
        return section("editor.section.web", new VBox(10, items, add));
    }

    /** A grid of {@code fields}, one row each, their pointers under {@code base}; {@code index} is the item's. */
    private GridPane rows(String base, int index, List<CaseFormFields.Field> fields) {
        GridPane grid = grid();
        for (int row = 0; row < fields.size(); row++) {
            CaseFormFields.Field field = fields.get(row);
            String pointer = base + field.pointer();
            String label = field.labelKey();
            switch (field.input()) {
                case LANGUAGE_HEADINGS -> {
                    grid.add(header("editor.column.en"), 1, row);
                    grid.add(header("editor.column.zh"), 2, row);
                }
                case TEXT -> bilingualRow(grid, row, pointer, label, false);
                case LONG_TEXT -> bilingualRow(grid, row, pointer, label, true);
                case ID -> {
                    TextField id = textField(pointer, label);
                    id.setPromptText(messages.get("editor.field.id.hint"));
                    addRow(grid, row, label, cell(id, pointer));
                }
                case COLOUR -> addRow(grid, row, label, cell(colourPicker(pointer, label), pointer));
                case PICTURE -> addRow(grid, row, label, cell(picture(pointer, label), pointer));
                case YEAR -> addRow(grid, row, label, cell(year(pointer, label, index), pointer));
                case SOURCE -> addRow(grid, row, label, cell(sourcePicker(pointer), pointer));
                case PRINCIPLE -> addRow(grid, row, label, cell(principlePicker(pointer), pointer));
                case STRENGTH -> addRow(grid, row, label, cell(strength(index), pointer));
                case PASSAGE -> addRow(grid, row, label, cell(textArea(pointer, label, true), pointer));
                case LINE -> addRow(grid, row, label, cell(textField(pointer, label), pointer));
                default -> throw new IllegalStateException("no control for " + field.input());
            }
        }
        return grid;
    }

    private Node colourPicker(String pointer, String labelKey) {
        ColorPicker accent = new ColorPicker();
        accent.setId(fieldId(pointer));
        accent.setAccessibleText(messages.get(labelKey));
        Runnable showAccent = () -> {
            try {
                Color c = Color.web(vm.document().text(pointer));
                if (!c.equals(accent.getValue())) {
                    accent.setValue(c);
                }
            } catch (IllegalArgumentException e) {
                // Not a colour yet: the problem line says what is wrong.
            }
        };
        showAccent.run();
        refreshers.add(showAccent);
        accent.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                vm.setText(pointer, hex(now));
            }
        });
        return accent;
    }

    private Node picture(String pointer, String labelKey) {
        TextField image = textField(pointer, labelKey);
        image.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                vm.setOptionalText(pointer, now);
            }
        });
        Button choose = new Button(messages.get("editor.image.choose"));
        choose.setOnAction(e -> choosePicture());
        HBox imageRow = new HBox(6, image, choose);
        HBox.setHgrow(image, Priority.ALWAYS);
        return imageRow;
    }

    private Node year(String pointer, String labelKey, int factIndex) {
        TextField year = new TextField(vm.document().text(pointer));
        year.setId(fieldId(pointer));
        year.setPrefColumnCount(6);
        year.setAccessibleText(messages.get(labelKey));
        year.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                vm.setYear(factIndex, now);
            }
        });
        fields.put(pointer, year);
        return year;
    }

    // --- pickers -----------------------------------------------------------------------------

    /**
     * "Quote from a source": the library's sources that have a text, each opening the source
     * reader, whose "Use as evidence" adds the selected passage, exactly as the source has it,
     * to this link. Disabled while no source has a text.
     */
    private Node quoteFromSourceButton(int linkIndex) {
        javafx.scene.control.MenuButton button = new javafx.scene.control.MenuButton(
                messages.get("editor.evidence.fromSource"));
        button.setId("quote-from-source-" + linkIndex);
        for (Source source : vm.library().sources()) {
            if (vm.library().sourceText(source.id()).isPresent()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                        source.title().in(messages.lang()));
                // A title is data: "002_0b44" must not lose its underscore to a mnemonic.
                item.setMnemonicParsing(false);
                item.setOnAction(e -> quoteFromSource.accept(linkIndex, source.id()));
                button.getItems().add(item);
            }
        }
        button.setDisable(button.getItems().isEmpty() || quoteFromSource == null);
        if (button.isDisable()) {
            button.setTooltip(new Tooltip(messages.get("editor.evidence.fromSource.none")));
        }
        return button;
    }

    private Node principlePicker(String pointer) {
        ComboBox<Principle> picker = new ComboBox<>();
        picker.setId(fieldId(pointer));
        picker.setAccessibleText(messages.get("editor.link.principle"));
        picker.getItems().setAll(vm.library().principles());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Principle p) {
                return p == null ? "" : p.name().in(messages.lang()) + " · " + p.name().in(other(messages.lang()));
            }

            @Override
            public Principle fromString(String s) {
                return null;
            }
        });
        picker.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Principle p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(p.name().en() + " · " + p.name().zh());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label en = new Label(p.definition().en());
                Label zh = new Label(p.definition().zh());
                for (Label l : List.of(en, zh)) {
                    l.setWrapText(true);
                    l.setMaxWidth(520);
                    l.getStyleClass().add(Styles.TEXT_SMALL);
                }
                setGraphic(new VBox(2, name, en, zh));
                setText(null);
            }
        });
        // The chosen principle shows by name only; its definitions in both languages are for the list.
        picker.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Principle p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : picker.getConverter().toString(p));
                setGraphic(null);
            }
        });
        Runnable show = () -> picker.setValue(vm.library().principle(vm.document().text(pointer)).orElse(null));
        show.run();
        refreshers.add(show);
        picker.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                vm.setText(pointer, now.id());
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPrefWidth(200);
        picker.setMinWidth(60);
        return picker;
    }

    private Node sourcePicker(String pointer) {
        ComboBox<String> picker = new ComboBox<>();
        picker.setId(fieldId(pointer));
        picker.setAccessibleText(messages.get("editor.evidence.source"));
        picker.getItems().setAll(vm.library().sources().stream().map(Source::id).toList());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                // Whether the source has a text to check quotes against: one without leaves them unchecked.
                return id == null ? "" : vm.library().source(id).map(s -> messages.format(
                        vm.library().sourceText(id).isPresent() ? "editor.source.hasText" : "editor.source.noText",
                        s.title().in(messages.lang()) + " (" + id + ")")).orElse(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        Runnable show = () -> {
            String id = vm.document().text(pointer);
            picker.setValue(id.isEmpty() ? null : id);
        };
        show.run();
        refreshers.add(show);
        picker.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                vm.setText(pointer, now);
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPrefWidth(200);
        picker.setMinWidth(60);
        return picker;
    }

    private Node strength(int linkIndex) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton[] buttons = new ToggleButton[3];
        for (int s = 1; s <= 3; s++) {
            ToggleButton b = new ToggleButton(s + " · " + messages.get(strengthKey(s)));
            b.setId(fieldId("/links/" + linkIndex + "/strength") + "-" + s);
            b.setToggleGroup(group);
            int value = s;
            b.setOnAction(e -> {
                vm.setStrength(linkIndex, value);
                b.setSelected(true);
            });
            buttons[s - 1] = b;
        }
        Runnable show = () -> {
            int now = vm.document().at("/links/" + linkIndex + "/strength").asInt();
            for (int s = 1; s <= 3; s++) {
                buttons[s - 1].setSelected(s == now);
            }
        };
        show.run();
        refreshers.add(show);
        SegmentedButton segmented = new SegmentedButton(buttons);
        segmented.setMinWidth(0);
        return segmented;
    }

    private static String strengthKey(int s) {
        return switch (s) {
            case 1 -> "detail.strength.1";
            case 2 -> "detail.strength.2";
            default -> "detail.strength.3";
        };
    }

    private static Lang other(Lang lang) {
        return lang == Lang.ZH ? Lang.EN : Lang.ZH;
    }

    private void choosePicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("editor.image.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG, JPEG, GIF, BMP",
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            try {
                vm.choosePicture(file.toPath());
            } catch (Exception e) {
                failed.accept(e);
            }
        }
    }

    // --- building blocks ---------------------------------------------------------------------

    private void bilingualRow(GridPane grid, int row, String pointer, String labelKey, boolean longText) {
        Label label = fieldLabel(labelKey);
        grid.add(label, 0, row);
        grid.add(cell(longText ? textArea(pointer + "/en", labelKey, true) : textField(pointer + "/en", labelKey),
                pointer + "/en"), 1, row);
        grid.add(cell(longText ? textArea(pointer + "/zh", labelKey, true) : textField(pointer + "/zh", labelKey),
                pointer + "/zh"), 2, row);
    }

    private TextField textField(String pointer, String labelKey) {
        TextField field = new TextField();
        // Narrow enough to share a pane with the cards: the columns, not the fields, set the width.
        field.setPrefColumnCount(8);
        field.setMinWidth(40);
        bind(field, pointer, labelKey);
        return field;
    }

    private TextArea textArea(String pointer, String labelKey, boolean wrap) {
        TextArea area = new TextArea();
        area.setWrapText(wrap);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(12);
        area.setMinWidth(40);
        // Tab moves on, as in every other field; a tab character has no place in a case file.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
        bind(area, pointer, labelKey);
        return area;
    }

    private void bind(TextInputControl control, String pointer, String labelKey) {
        control.setId(fieldId(pointer));
        control.setText(vm.document().text(pointer));
        control.setAccessibleText(messages.get(labelKey) + (pointer.endsWith("/zh") ? " (中文)"
                : pointer.endsWith("/en") ? " (English)" : ""));
        labels.put(pointer, labelKey);
        // An empty field says what goes in it, briefly: "English name", "中文名称".
        if (pointer.endsWith("/en") || pointer.endsWith("/zh")) {
            String label = shortLabel(labelKey);
            if (messages.lang() == Lang.EN) {
                label = label.toLowerCase(java.util.Locale.ROOT);
            }
            control.setPromptText(messages.format(pointer.endsWith("/en") ? "editor.prompt.en" : "editor.prompt.zh",
                    label));
        }
        if (!pointer.equals("/image")) {
            control.textProperty().addListener((obs, old, now) -> {
                if (!updating) {
                    vm.setText(pointer, now);
                }
            });
        }
        fields.put(pointer, control);
    }

    /** A field with its problem line beneath, and its ControlsFX decoration. */
    private Node cell(Node field, String pointer) {
        Control control = field instanceof Control c ? c : (Control) field.lookup("#" + fieldId(pointer));
        if (control != null) {
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
        VBox box = new VBox(2, field, problemLine(pointer));
        GridPane.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** The line under the value at {@code pointer} that says its problems; its id names the field ("problem-name-en"). */
    private Label problemLine(String pointer) {
        Label line = new Label();
        line.getStyleClass().addAll("field-problem", Styles.TEXT_SMALL);
        line.setWrapText(true);
        line.setVisible(false);
        line.setManaged(false);
        line.setId("problem-" + LibraryLoader.fieldName(pointer).replaceAll("[^A-Za-z0-9]", "-"));
        problemLines.put(pointer, line);
        return line;
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
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        String prefix = fieldId(itemPointer);
        if (focused == null || focused.getId() == null || !focused.getId().startsWith(prefix + "-")) {
            return null;
        }
        return focused.getId().substring(prefix.length()).replace('-', '/');
    }

    private void focus(String pointer) {
        Node node = fieldAt(pointer);
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

    private Node section(String titleKey, Node content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().addAll(Styles.TITLE_4, "editor-section-title");
        return new VBox(8, title, content);
    }

    private Label header(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    /**
     * A label column as wide as its labels, up to {@link #LABEL_WIDTH} (a longer label wraps),
     * then English and Chinese sharing the rest equally. The columns' widths come from the
     * grid, not from their fields, so a long text never pushes the Chinese column out of view.
     */
    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setMinWidth(0);
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMaxWidth(LABEL_WIDTH);
        grid.getColumnConstraints().addAll(label, half(), half());
        return grid;
    }

    private static ColumnConstraints half() {
        ColumnConstraints half = new ColumnConstraints();
        // The same small preferred width for both: the room left over is then split evenly.
        half.setMinWidth(40);
        half.setPrefWidth(120);
        half.setHgrow(Priority.ALWAYS);
        half.setFillWidth(true);
        return half;
    }

    private Label fieldLabel(String labelKey) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(LABEL_WIDTH);
        return label;
    }

    private void addRow(GridPane grid, int row, String labelKey, Node field) {
        Label label = fieldLabel(labelKey);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row, 2, 1);
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
