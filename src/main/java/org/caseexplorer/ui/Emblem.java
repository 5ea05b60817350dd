package org.caseexplorer.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.caseexplorer.cases.Case;

/**
 * A case's emblem: its accent colour with the first character of its Chinese name. Not a
 * company logo; the colour comes from the case file.
 */
public final class Emblem extends StackPane {

    private final Circle circle;
    private final Label initial = new Label();

    public Emblem(Case c, double radius) {
        this(radius);
        show(c);
    }

    /** An emblem with nothing in it yet, for a view that reuses it ({@link #show}). */
    public Emblem(double radius) {
        circle = new Circle(radius);
        initial.getStyleClass().add("emblem-text");
        initial.setStyle("-fx-font-size: " + Math.round(radius) + "px;");
        getStyleClass().add("emblem");
        getChildren().addAll(circle, initial);
        setMinSize(radius * 2, radius * 2);
        setMaxSize(radius * 2, radius * 2);
    }

    /** Shows {@code c}'s colour and initial. */
    public void show(Case c) {
        circle.setFill(Color.web(c.accent()));
        initial.setText(initialOf(c.name().in(org.caseexplorer.cases.Lang.ZH)));
    }

    /** The first letter or ideograph of a name: 《小时代》 gives 小, not the bracket. */
    static String initialOf(String name) {
        int i = 0;
        while (i < name.length() && !Character.isLetterOrDigit(name.codePointAt(i))) {
            i += Character.charCount(name.codePointAt(i));
        }
        if (i >= name.length()) {
            return name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1));
        }
        return name.substring(i, name.offsetByCodePoints(i, 1));
    }
}
