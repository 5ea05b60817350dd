package org.caseexplorer.i18n;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Problem;

/**
 * Every user-visible label, in the current language. Views bind to {@link #bind} so that the
 * whole window follows the English / 中文 switch without being rebuilt.
 */
public final class Messages {

    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(Lang.EN);

    public Messages(Lang initial) {
        lang.set(initial);
    }

    /** The current language; set it to switch the whole UI. */
    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    public Lang lang() {
        return lang.get();
    }

    public String get(String key) {
        return labels().get(key);
    }

    public String format(String key, Object... args) {
        return labels().format(key, args);
    }

    /**
     * What {@code problem} says, in the current language: its words come from the problems
     * bundle, and where that has none in this language yet, in English.
     */
    public String problem(Problem problem) {
        return problem.message(lang.get());
    }

    /** The labels of the current language, as plain Java for code that must not know JavaFX. */
    public Labels labels() {
        return Labels.of(lang.get());
    }

    /** A label that follows the language. */
    public StringBinding bind(String key) {
        return Bindings.createStringBinding(() -> get(key), lang);
    }

    /** A formatted label that follows the language and its arguments. */
    public StringBinding bindFormat(String key, ObservableValue<?>... args) {
        ObservableValue<?>[] dependencies = new ObservableValue<?>[args.length + 1];
        System.arraycopy(args, 0, dependencies, 0, args.length);
        dependencies[args.length] = lang;
        return Bindings.createStringBinding(() -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].getValue();
            }
            return format(key, values);
        }, dependencies);
    }

    /** The bundle for one language; package-visible for the key-consistency test. */
    static ResourceBundle bundle(Lang lang) {
        return Labels.bundle(lang);
    }
}
