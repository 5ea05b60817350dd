package org.caseexplorer.ui;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.caseexplorer.i18n.Messages;

/**
 * One thing the user can do, made once: its words, its shortcut, its icon, when it can be done
 * and the verb it runs. Menus, buttons and context menus are made from it, so they all say the
 * same, are enabled alike and do the same thing.
 */
public final class UserAction {

    private static final ObservableBooleanValue ALWAYS = Bindings.createBooleanBinding(() -> true);

    private final String id;
    private final String textKey;
    private final String buttonTextKey;
    private final KeyCombination accelerator;
    private final Supplier<Node> icon;
    private final ObservableBooleanValue enabled;
    private final Runnable verb;

    private UserAction(Builder b) {
        this.id = b.id;
        this.textKey = b.textKey;
        this.buttonTextKey = b.buttonTextKey == null ? b.textKey : b.buttonTextKey;
        this.accelerator = b.accelerator;
        this.icon = b.icon;
        this.enabled = b.enabled;
        this.verb = b.verb;
    }

    /** An action named by the message {@code textKey} that runs {@code verb}. */
    public static Builder of(String textKey, Runnable verb) {
        return new Builder(textKey, verb);
    }

    public String textKey() {
        return textKey;
    }

    /** Does it, if it can be done now. */
    public void run() {
        if (enabled.get()) {
            verb.run();
        }
    }

    /** A menu item: the words, the shortcut, the enabled state. */
    public MenuItem menuItem(Messages messages) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(messages.bind(textKey));
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        if (id != null) {
            item.setId("menu-" + id);
        }
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get(), enabled));
        item.setOnAction(e -> run());
        return item;
    }

    /** A small button, with the button's (often shorter) words and the icon, if any. */
    public Button button(Messages messages) {
        Button button = new Button();
        button.textProperty().bind(messages.bind(buttonTextKey));
        button.setMnemonicParsing(false);
        button.getStyleClass().add(Styles.SMALL);
        if (icon != null) {
            button.setGraphic(icon.get());
        }
        if (id != null) {
            button.setId(id);
        }
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get(), enabled));
        button.setOnAction(e -> run());
        return button;
    }

    /** How an action is put together. */
    public static final class Builder {
        private final String textKey;
        private final Runnable verb;
        private String id;
        private String buttonTextKey;
        private KeyCombination accelerator;
        private Supplier<Node> icon;
        private ObservableBooleanValue enabled = ALWAYS;

        private Builder(String textKey, Runnable verb) {
            this.textKey = Objects.requireNonNull(textKey);
            this.verb = Objects.requireNonNull(verb);
        }

        /** The id of the controls made from it (a menu item's is prefixed "menu-"). */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** The words on a button, where they are shorter than the menu's. */
        public Builder buttonText(String key) {
            buttonTextKey = key;
            return this;
        }

        /** The shortcut, as {@link KeyCombination#keyCombination} writes it ("Shortcut+E"). */
        public Builder accelerator(String combination) {
            accelerator = KeyCombination.keyCombination(combination);
            return this;
        }

        public Builder icon(Supplier<Node> value) {
            icon = value;
            return this;
        }

        public Builder enabledWhen(ObservableBooleanValue condition) {
            enabled = Objects.requireNonNull(condition);
            return this;
        }

        public UserAction build() {
            return new UserAction(this);
        }
    }
}
