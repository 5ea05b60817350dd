package org.caseexplorer.authoring.ui;

import static org.caseexplorer.authoring.ui.CaseForm.fieldId;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.Source;
import org.caseexplorer.i18n.Messages;

/**
 * What the form chooses from the library rather than has typed: a link's principle, a quote's
 * source, and a source to quote from.
 */
final class LibraryPickers {

    private final CaseEditorViewModel vm;
    private final Messages messages;
    private final FieldValues values;
    /** Opens a source's text beside the editor for the link at this index; "Use as evidence" adds to it. */
    private final BiConsumer<Integer, String> quoteFromSource;

    LibraryPickers(CaseEditorViewModel vm, Messages messages, FieldValues values,
                   BiConsumer<Integer, String> quoteFromSource) {
        this.vm = vm;
        this.messages = messages;
        this.values = values;
        this.quoteFromSource = quoteFromSource;
    }

    /**
     * "Quote from a source": the library's sources that have a text, each opening the source
     * reader, whose "Use as evidence" adds the selected passage, exactly as the source has it,
     * to this link. Disabled while no source has a text.
     */
    Node quoteFromSourceButton(int linkIndex) {
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

    Node principlePicker(String pointer) {
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
        values.follow(show);
        picker.valueProperty().addListener((obs, old, now) -> {
            if (!values.isUpdating() && now != null) {
                vm.setText(pointer, now.id());
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPrefWidth(200);
        picker.setMinWidth(60);
        return picker;
    }

    Node sourcePicker(String pointer) {
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
        values.follow(show);
        picker.valueProperty().addListener((obs, old, now) -> {
            if (!values.isUpdating() && now != null) {
                vm.setText(pointer, now);
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPrefWidth(200);
        picker.setMinWidth(60);
        return picker;
    }

    private static Lang other(Lang lang) {
        return lang == Lang.ZH ? Lang.EN : Lang.ZH;
    }
}
