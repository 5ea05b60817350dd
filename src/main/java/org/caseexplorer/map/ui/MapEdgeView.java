package org.caseexplorer.map.ui;

import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import org.caseexplorer.map.MapEdge;
import org.caseexplorer.map.MapKind;
import org.caseexplorer.map.PrincipleMap;

/**
 * One link of the map: as wide as its weight (the evidence's strength, or how many cases show
 * both principles), in the case's accent on the case map; it follows its nodes when dragged.
 */
final class MapEdgeView extends Line {

    private final MapEdge edge;
    private final double base;

    MapEdgeView(MapEdge edge, MapNodeView from, MapNodeView to, PrincipleMap map) {
        this.edge = edge;
        getStyleClass().add("map-edge");
        boolean cases = map.kind() == MapKind.CASES;
        setStrokeWidth(cases ? 0.6 + 0.9 * edge.weight() : 1 + 9.0 * edge.weight() / map.maxWeight());
        setStrokeLineCap(StrokeLineCap.ROUND);
        if (cases && from.node().colour() != null) {
            setStroke(Color.web(from.node().colour()));
        } else {
            getStyleClass().add("map-edge-principles");
        }
        base = cases ? Math.max(0.15, Math.min(0.55, 1.8 / Math.sqrt(Math.max(1, map.caseCount()))))
                : 0.2 + 0.5 * edge.weight() / map.maxWeight();
        setMouseTransparent(true);
        follow(from, to);
        from.addEventHandler(MapNodeMoved.MOVED, e -> follow(from, to));
        to.addEventHandler(MapNodeMoved.MOVED, e -> follow(from, to));
        setOpacity(base);
    }

    MapEdge edge() {
        return edge;
    }

    private void follow(MapNodeView from, MapNodeView to) {
        setStartX(from.x());
        setStartY(from.y());
        setEndX(to.x());
        setEndY(to.y());
    }

    void setState(boolean dimmed, boolean faded, boolean lit) {
        setOpacity(lit ? Math.min(1, base + 0.4) : dimmed ? base * 0.2 : faded ? base * 0.25 : base);
    }
}
