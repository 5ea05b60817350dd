package org.caseexplorer.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import org.caseexplorer.gallery.ui.CaseGallery;

/**
 * F6 and Shift+F6: the keyboard goes from pane to pane in the window's reading order, the order
 * Tab follows inside them: the toolbar, then on the cards screen the principles, the cards and
 * the detail pane (or the editor), or else the screen shown (comparison, map, principle page),
 * then the problems (when open), the comparison tray and the status line. A pane with nothing
 * to focus is passed by.
 */
final class PaneCycle {

    private final Node toolbar;
    private final CaseGallery gallery;
    private final SplitPane split;
    private final Pane bottom;
    private final java.util.function.Supplier<Node> centre;

    PaneCycle(Node toolbar, CaseGallery gallery, SplitPane split, Pane bottom, java.util.function.Supplier<Node> centre) {
        this.toolbar = toolbar;
        this.gallery = gallery;
        this.split = split;
        this.bottom = bottom;
        this.centre = centre;
    }

    /** F6 and Shift+F6 in {@code scene}: from pane to pane, as in a browser or an office program. */
    void install(javafx.scene.Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F6 && !e.isShortcutDown() && !e.isAltDown()) {
                move(scene.getFocusOwner(), !e.isShiftDown());
                e.consume();
            }
        });
    }

    /** The panes in order, as the window shows them now. */
    List<Node> panes() {
        List<Node> panes = new ArrayList<>();
        panes.add(toolbar);
        if (centre.get() == split) {
            panes.addAll(split.getItems());
        } else {
            panes.add(centre.get());
        }
        bottom.getChildren().stream().filter(Node::isVisible).forEach(panes::add);
        return panes;
    }

    /** Moves the focus from the pane holding {@code focus} to the next one ({@code forward}) or the one before. */
    void move(Node focus, boolean forward) {
        List<Node> panes = panes();
        int at = -1;
        for (int i = 0; i < panes.size() && at < 0; i++) {
            if (contains(panes.get(i), focus)) {
                at = i;
            }
        }
        for (int step = 1; step <= panes.size(); step++) {
            int next = Math.floorMod((at < 0 ? (forward ? -1 : 0) : at) + (forward ? step : -step), panes.size());
            if (enter(panes.get(next))) {
                return;
            }
        }
    }

    /** Puts the focus in {@code pane}: the card cursor in the gallery, else its first control that takes focus. */
    private boolean enter(Node pane) {
        if (pane == gallery) {
            gallery.focusCards();
            return true;
        }
        Node first = firstFocusable(pane);
        if (first == null) {
            return false;
        }
        first.requestFocus();
        return true;
    }

    static Node firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled() || !node.isManaged() && node.getParent() != null
                && !(node.getParent() instanceof SplitPane)) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean contains(Node pane, Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == pane) {
                return true;
            }
        }
        return false;
    }
}
