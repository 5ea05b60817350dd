package org.caseexplorer.filter.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One principle in the side panel, as one control: a check box with the principle's name (ticking
 * it includes the principle), the number of cases beside it, and the ⊘ toggle that excludes it.
 * It is a check box to keyboard, mouse and screen reader, and its ⊘ is a toggle button of its
 * own, a second Tab stop. Fifteen rows were ten nodes each in boxes; {@link PrincipleRowSkin}
 * makes four (the name, the number, the ⊘ and the row) and paints the check box and the ⊘'s
 * frame in the colours the stylesheet gives ({@code -ce-box-…}, {@code -ce-toggle-…}).
 */
final class PrincipleRow extends CheckBox {

    static final PseudoClass EXCLUDED = PseudoClass.getPseudoClass("excluded");
    static final PseudoClass CHILD = PseudoClass.getPseudoClass("child");
    /** The pointer is over the check box itself (the theme lightens the box then). */
    static final PseudoClass BOX_HOVER = PseudoClass.getPseudoClass("box-hover");

    private static final StyleablePropertyFactory<PrincipleRow> STYLE =
            new StyleablePropertyFactory<>(CheckBox.getClassCssMetaData());

    final StyleableProperty<Paint> boxBorder =
            STYLE.createStyleablePaintProperty(this, "boxBorder", "-ce-box-border", r -> r.boxBorder, Color.GRAY);
    final StyleableProperty<Paint> boxFill =
            STYLE.createStyleablePaintProperty(this, "boxFill", "-ce-box-fill", r -> r.boxFill, Color.WHITE);
    final StyleableProperty<Paint> toggleBorder =
            STYLE.createStyleablePaintProperty(this, "toggleBorder", "-ce-toggle-border", r -> r.toggleBorder,
                    Color.GRAY);
    final StyleableProperty<Paint> toggleFill =
            STYLE.createStyleablePaintProperty(this, "toggleFill", "-ce-toggle-fill", r -> r.toggleFill, Color.WHITE);

    private final int depth;
    final Text count = new Text();
    final ExcludeToggle exclude = new ExcludeToggle();

    PrincipleRow(int depth) {
        this.depth = depth;
        getStyleClass().add("principle-row");
        pseudoClassStateChanged(CHILD, depth > 0);
        count.getStyleClass().addAll("text", "principle-count");
        // A long name wraps rather than being cut short; its height then follows the width.
        setWrapText(true);
    }

    /** How deep in the hierarchy: 0 for a principle, 1 for a law under it. */
    int depth() {
        return depth;
    }

    /** Shows the principle as excluded (struck through, its ⊘ pressed) or not. */
    void setExcluded(boolean excluded) {
        exclude.selected.set(excluded);
        pseudoClassStateChanged(EXCLUDED, excluded);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PrincipleRowSkin(this);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLE.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLE.getCssMetaData();
    }

    /**
     * The ⊘: the icon is the node, a toggle button to keyboard and screen reader, whose frame
     * the row paints. Space toggles it, as it did a toggle button.
     */
    static final class ExcludeToggle extends FontIcon {

        static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

        final BooleanProperty selected = new SimpleBooleanProperty() {
            @Override
            protected void invalidated() {
                pseudoClassStateChanged(SELECTED, get());
                notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
            }
        };
        private Runnable onToggle = () -> { };

        ExcludeToggle() {
            super(Feather.SLASH);
            setIconSize(16);
            getStyleClass().addAll("app-icon", "exclude-toggle");
            setFocusTraversable(true);
            setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
            addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.SPACE) {
                    fire();
                    e.consume();
                }
            });
            addEventHandler(KeyEvent.KEY_RELEASED, e -> {
                if (e.getCode() == KeyCode.SPACE) {
                    e.consume();
                }
            });
        }

        void setOnToggle(Runnable onToggle) {
            this.onToggle = onToggle;
        }

        void fire() {
            onToggle.run();
        }

        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            return attribute == AccessibleAttribute.SELECTED ? selected.get()
                    : super.queryAccessibleAttribute(attribute, parameters);
        }

        @Override
        public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
            if (action == AccessibleAction.FIRE) {
                fire();
            } else {
                super.executeAccessibleAction(action, parameters);
            }
        }
    }
}
