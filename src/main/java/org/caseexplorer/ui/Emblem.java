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

    public Emblem(Case c, double radius) {
        Circle circle = new Circle(radius, Color.web(c.accent()));
        Label initial = new Label(c.name().zh().substring(0, c.name().zh().offsetByCodePoints(0, 1)));
        initial.getStyleClass().add("emblem-text");
        initial.setStyle("-fx-font-size: " + Math.round(radius) + "px;");
        getStyleClass().add("emblem");
        getChildren().addAll(circle, initial);
        setMinSize(radius * 2, radius * 2);
        setMaxSize(radius * 2, radius * 2);
    }
}
