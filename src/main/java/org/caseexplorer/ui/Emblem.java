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
        initial.setText(c.name().zh().substring(0, c.name().zh().offsetByCodePoints(0, 1)));
    }
}
