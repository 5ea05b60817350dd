package org.caseexplorer.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made the first time the pointer enters its node. Each Tooltip is a popup window
 * with its own skin; dozens of them built up front cost start-up time for text most people
 * never hover over. The text is read each time the tooltip shows, so a reused view (a gallery
 * card showing another case) shows its current text. The same text is set as the node's
 * accessible help at once; a view that reuses the node sets that again when it changes.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    public static void install(Node node, Supplier<String> text) {
        node.setAccessibleHelp(text.get());
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = new Tooltip(text.get());
                tooltip.setOnShowing(e -> tooltip.setText(text.get()));
                Tooltip.install(node, tooltip);
            }
        });
    }
}
