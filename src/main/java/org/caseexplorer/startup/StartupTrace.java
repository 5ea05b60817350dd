package org.caseexplorer.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Parent;

/**
 * Where a start-up spends its time, for whoever tunes it: with {@value #PROPERTY} set, each step
 * of the start prints how long after the process started it ended, and the first frame prints
 * how many nodes it has, by class and by part of the window. Off by default; nothing is printed
 * or measured then.
 */
public final class StartupTrace {

    static final String PROPERTY = "caseexplorer.traceStartup";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            System.err.printf("TRACE %5d ms  %s%n", sinceProcessStart(), step);
        }
    }

    /** The first frame's nodes: how many, by class and by part of the window. */
    static void census(Parent root) {
        if (ON) {
            NodeCensus.describe(root).lines().forEach(line -> System.err.println("TRACE " + line));
        }
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
