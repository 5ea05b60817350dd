package org.caseexplorer.authoring.ui;

import static org.caseexplorer.authoring.ui.CaseForm.fieldId;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Messages;
import org.controlsfx.control.SegmentedButton;

/**
 * The form's fields as controls, one row per field of {@link CaseFormFields}: a label, then the
 * English and Chinese text side by side (or one control across both columns), each with its
 * problem line beneath and its mark. Each control shows the document through
 * {@link FieldValues} and writes an edit to the view model.
 */
final class FieldControls {

    /** The widest a field's label gets; a longer one wraps. */
    static final double LABEL_WIDTH = 150;

    private final CaseEditorViewModel vm;
    private final Messages messages;
    private final Consumer<Exception> failed;
    private final FieldValues values;
    private final FieldProblems problems;
    private final LibraryPickers pickers;

    FieldControls(CaseEditorViewModel vm, Messages messages, Consumer<Exception> failed, FieldValues values,
                  FieldProblems problems, LibraryPickers pickers) {
        this.vm = vm;
        this.messages = messages;
        this.failed = failed;
        this.values = values;
        this.problems = problems;
        this.pickers = pickers;
    }

    /** A grid of {@code fields}, one row each, their pointers under {@code base}; {@code index} is the item's. */
    GridPane rows(String base, int index, List<CaseFormFields.Field> fields) {
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
                case SOURCE -> addRow(grid, row, label, cell(pickers.sourcePicker(pointer), pointer));
                case PRINCIPLE -> addRow(grid, row, label, cell(pickers.principlePicker(pointer), pointer));
                case STRENGTH -> addRow(grid, row, label, cell(strength(index), pointer));
                case PASSAGE -> addRow(grid, row, label, cell(textArea(pointer, label, true), pointer));
                case LINE -> addRow(grid, row, label, cell(textField(pointer, label), pointer));
                default -> throw new IllegalStateException("no control for " + field.input());
            }
        }
        return grid;
    }

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
        problems.label(pointer, labelKey);
        // An empty field says what goes in it, briefly: "English name", "中文名称".
        if (pointer.endsWith("/en") || pointer.endsWith("/zh")) {
            String label = problems.shortLabel(labelKey);
            if (messages.lang() == Lang.EN) {
                label = label.toLowerCase(java.util.Locale.ROOT);
            }
            control.setPromptText(messages.format(pointer.endsWith("/en") ? "editor.prompt.en" : "editor.prompt.zh",
                    label));
        }
        if (!pointer.equals("/image")) {
            control.textProperty().addListener((obs, old, now) -> {
                if (!values.isUpdating()) {
                    vm.setText(pointer, now);
                }
            });
        }
        values.put(pointer, control);
    }

    /** A field with its problem line beneath, and its ControlsFX decoration. */
    private Node cell(Node field, String pointer) {
        Control control = field instanceof Control c ? c : (Control) field.lookup("#" + fieldId(pointer));
        if (control != null) {
            problems.mark(control, pointer);
        }
        VBox box = new VBox(2, field, problems.line(pointer));
        GridPane.setHgrow(box, Priority.ALWAYS);
        return box;
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
        values.follow(showAccent);
        accent.valueProperty().addListener((obs, old, now) -> {
            if (!values.isUpdating() && now != null) {
                vm.setText(pointer, hex(now));
            }
        });
        return accent;
    }

    private Node picture(String pointer, String labelKey) {
        TextField image = textField(pointer, labelKey);
        image.textProperty().addListener((obs, old, now) -> {
            if (!values.isUpdating()) {
                vm.setOptionalText(pointer, now);
            }
        });
        Button choose = new Button(messages.get("editor.image.choose"));
        choose.setOnAction(e -> choosePicture(choose));
        HBox imageRow = new HBox(6, image, choose);
        HBox.setHgrow(image, Priority.ALWAYS);
        return imageRow;
    }

    /** Asks for a picture file, over the window {@code from} is in, and makes it the case's. */
    private void choosePicture(Node from) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("editor.image.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG, JPEG, GIF, BMP",
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        File file = chooser.showOpenDialog(from.getScene() == null ? null : from.getScene().getWindow());
        if (file != null) {
            try {
                vm.choosePicture(file.toPath());
            } catch (Exception e) {
                failed.accept(e);
            }
        }
    }

    private Node year(String pointer, String labelKey, int factIndex) {
        TextField year = new TextField(vm.document().text(pointer));
        year.setId(fieldId(pointer));
        year.setPrefColumnCount(6);
        year.setAccessibleText(messages.get(labelKey));
        year.textProperty().addListener((obs, old, now) -> {
            if (!values.isUpdating()) {
                vm.setYear(factIndex, now);
            }
        });
        values.put(pointer, year);
        return year;
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
        values.follow(show);
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
