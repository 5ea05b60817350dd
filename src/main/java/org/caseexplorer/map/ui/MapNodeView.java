package org.caseexplorer.map.ui;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.map.MapNode;
import org.caseexplorer.ui.LazyTooltip;

/**
 * One node of the map: a circle and its label, focusable, at a position that can be dragged.
 * Colours come from app.css, a case's from its accent; the opacity says whether the filter hides
 * it, or whether another node is lit.
 */
final class MapNodeView extends Group {

    private static final PseudoClass UNUSED = PseudoClass.getPseudoClass("unused");
    private static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");

    private final MapNode node;
    private final Circle circle;
    private final Text label;
    private double x;
    private double y;
    private boolean moved;
    /** The label's type size in map units, larger than the map's own when zoomed out (see {@link #zoomedTo}). */
    private double fontSize;

    MapNodeView(MapNode node, Lang lang, String description) {
        this.node = node;
        this.x = node.x();
        this.y = node.y();
        this.fontSize = node.fontSize();
        circle = new Circle(node.x(), node.y(), node.r());
        circle.getStyleClass().add("map-circle");
        label = new Text(node.label().in(lang));
        label.getStyleClass().addAll("map-label", node.type() == MapNode.Type.PRINCIPLE ? "map-label-principle" : "map-label-case");
        if (lang == Lang.ZH) {
            // Bold Chinese at label size runs its strokes together (用户思维 read as 用户恩维).
            label.getStyleClass().add("map-label-zh");
        }
        // Anchored as the SVG's text-anchor once the label's width is known.
        label.layoutBoundsProperty().addListener((obs, old, now) -> placeLabel());
        getChildren().addAll(circle, label);
        getStyleClass().addAll("map-node", node.type() == MapNode.Type.PRINCIPLE ? "map-principle" : "map-case");
        if (node.type() == MapNode.Type.CASE && node.colour() != null) {
            circle.setFill(Color.web(node.colour()));
        }
        pseudoClassStateChanged(UNUSED, node.type() == MapNode.Type.PRINCIPLE && node.count() == 0);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(description);
        LazyTooltip.install(this, () -> description);
        setId("map-node-" + node.key().replace(':', '-'));
        placeLabel();
    }

    MapNode node() {
        return node;
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }

    boolean wasMoved() {
        return moved;
    }

    void moveBy(double dx, double dy) {
        x += dx;
        y += dy;
        moved = true;
        circle.setCenterX(x);
        circle.setCenterY(y);
        placeLabel();
        fireEvent(new MapNodeMoved(this));
    }

    /** The smallest a label is drawn on screen, in pixels: principles, then cases. */
    static final double PRINCIPLE_MIN_PX = 13;
    static final double CASE_MIN_PX = 12;

    /**
     * Keeps the label readable when the map is zoomed out to fit: on screen it never shrinks
     * below 13 px (a principle) or 12 px (a case), and it moves off its node as far as it grew.
     */
    void zoomedTo(double scale) {
        double minimum = (node.type() == MapNode.Type.PRINCIPLE ? PRINCIPLE_MIN_PX : CASE_MIN_PX) / node.fontSize();
        double size = node.fontSize() * Math.max(scale, minimum) / scale;
        if (size != fontSize) {
            fontSize = size;
            label.setStyle("-fx-font-size: " + size + "px;");
            placeLabel();
        }
    }

    private void placeLabel() {
        double grown = fontSize - node.fontSize();
        boolean below = node.labelY() > node.y() + node.r();
        double shift = switch (node.anchor()) {
            case START, END -> 0.35 * grown;
            case MIDDLE -> below ? grown : 0;
        };
        label.setY(node.firstBaseline(1) + (y - node.y()) + shift);
        double width = label.getLayoutBounds().getWidth();
        double anchorX = node.labelX() + (x - node.x());
        label.setX(switch (node.anchor()) {
            case START -> anchorX;
            case MIDDLE -> anchorX - width / 2;
            case END -> anchorX - width;
        });
    }

    /** Dimmed by the filter, faded while another node is lit, or lit itself. */
    void setState(boolean dimmed, boolean faded, boolean lit) {
        setOpacity(dimmed ? (lit ? 0.6 : 0.2) : faded ? 0.3 : 1);
        pseudoClassStateChanged(LIT, lit);
    }
}
