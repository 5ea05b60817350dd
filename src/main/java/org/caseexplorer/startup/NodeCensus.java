package org.caseexplorer.startup;

import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * How many nodes a scene graph holds, by class and by part of the window. Every node of the
 * first frame is styled, sized and laid out before it shows, hidden ones included, so the count
 * is what the first frame costs; {@link StartupTrace} prints it and a test holds it down.
 */
public final class NodeCensus {

    /** Parts with fewer nodes than this are not listed on their own. */
    private static final int PART_AT_LEAST = 12;
    private static final int PART_DEPTH = 7;

    private NodeCensus() {
    }

    /** The node and every node below it. */
    static int count(Node node) {
        return count(node, new TreeMap<>());
    }

    /** The count, the most common classes, and each part of the window with a dozen nodes or more. */
    public static String describe(Parent root) {
        Map<String, Integer> byClass = new TreeMap<>();
        StringBuilder text = new StringBuilder("nodes " + count(root, byClass) + "\n");
        byClass.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                .forEach(e -> text.append("  ").append(e.getValue()).append(' ').append(e.getKey()).append('\n'));
        text.append("nodes by part of the window:\n");
        parts(root, 0, text);
        return text.toString();
    }

    private static void parts(Node node, int depth, StringBuilder text) {
        int nodes = count(node);
        if (nodes < PART_AT_LEAST || depth >= PART_DEPTH) {
            return;
        }
        text.append("  ").append("  ".repeat(depth)).append(nodes).append(' ')
                .append(node.getClass().getSimpleName()).append(' ')
                .append(String.join(" ", node.getStyleClass()))
                .append(node.getId() == null ? "" : " #" + node.getId()).append('\n');
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                parts(child, depth + 1, text);
            }
        }
    }

    private static int count(Node node, Map<String, Integer> byClass) {
        byClass.merge(node.getClass().getName(), 1, Integer::sum);
        int total = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                total += count(child, byClass);
            }
        }
        return total;
    }
}
