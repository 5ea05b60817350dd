package org.caseexplorer.comparison.ui;

import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.Paper;
import org.caseexplorer.i18n.Messages;

/** Drop-downs of fixed choices bound to a setting, each named in the window's language: the comparison's bar and the print preview share them. */
final class Choices {

    private Choices() {
    }

    /** A drop-down of {@code values} bound both ways to {@code value}, named by {@code name} (again on a language switch). */
    static <T> ComboBox<T> of(Messages messages, T[] values, Property<T> value, Function<T, String> name, String id) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(value);
        Runnable names = () -> {
            box.setCellFactory(list -> new NamedCell<>(name));
            box.setButtonCell(new NamedCell<>(name));
        };
        names.run();
        messages.langProperty().addListener((obs, old, now) -> names.run());
        box.setId(id);
        return box;
    }

    /** English, 中文 or both, for an export or a print. */
    static ComboBox<ExportLanguage> language(Messages messages, Property<ExportLanguage> value, String id) {
        return of(messages, ExportLanguage.values(), value, language -> switch (language) {
            case EN -> "English";
            case ZH -> "中文";
            case BOTH -> messages.get("compare.export.both");
        }, id);
    }

    /** A4 or Letter. */
    static ComboBox<Paper> paper(Messages messages, Property<Paper> value, String id) {
        return of(messages, Paper.values(), value, p -> p == Paper.A4 ? "A4" : "Letter", id);
    }

    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> name;

        NamedCell(Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
