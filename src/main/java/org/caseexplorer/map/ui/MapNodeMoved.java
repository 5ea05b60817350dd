package org.caseexplorer.map.ui;

import javafx.event.Event;
import javafx.event.EventType;

/** A node of the map was dragged: its links follow. */
final class MapNodeMoved extends Event {

    static final EventType<MapNodeMoved> MOVED = new EventType<>(Event.ANY, "MAP_NODE_MOVED");

    private final transient MapNodeView view;

    MapNodeMoved(MapNodeView view) {
        super(MOVED);
        this.view = view;
    }

    MapNodeView view() {
        return view;
    }
}
