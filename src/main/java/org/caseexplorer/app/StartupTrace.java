package org.caseexplorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Where a start-up spends its time, for whoever tunes it: with {@value #PROPERTY} set, each step
 * of the start prints how long after the process started it ended, and the first frame prints
 * how many nodes it has, by class and by part of the window. Off by default; nothing is printed
 * or measured then.
 */
final class StartupTrace {

    static final String PROPERTY = "caseexplorer.traceStartup";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.err.printf("TRACE %5d ms  %s%n", sinceProcessStart(), step);
        }
    }

    /** The first frame's nodes: how many, and the most common classes. */
    static void census(Parent root) {
        if (!ON) {
            return;
        }
        Map<String, Integer> byClass = new TreeMap<>();
        int total = count(root, byClass);
        System.err.println("TRACE nodes " + total);
        byClass.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                .forEach(e -> System.err.println("TRACE   " + e.getValue() + " " + e.getKey()));
        System.err.println("TRACE nodes by part of the window:");
        parts(root, 0);
    }

    /** Where the nodes are: each part of the window with at least a dozen, to six levels down. */
    private static void parts(Node node, int depth) {
        int nodes = count(node, new TreeMap<>());
        if (nodes < 12 || depth > 6) {
            return;
        }
        System.err.printf("TRACE   %s%d %s %s%n", "  ".repeat(depth), nodes, node.getClass().getSimpleName(),
                String.join(" ", node.getStyleClass()));
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                parts(child, depth + 1);
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

    /**
     * On Linux from the kernel's clock ticks (/proc/self/stat against /proc/uptime), to 10 ms:
     * ProcessHandle's start instant is rounded to the boot time's whole second.
     */
    private static long sinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double startTicks = Double.parseDouble(fields[19]); // field 22, starttime
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round((uptime - startTicks / 100) * 1000); // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Duration.between(started, Instant.now()).toMillis();
        }
    }
}
