package org.caseexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window on a real desktop: Xvfb with xfwm4 (XFCE's window manager), the app started
 * as a process with GTK, its frame measured from outside with xwininfo and xprop. Monocle has no
 * window manager and openbox opens every JavaFX window at 200×200, so neither can show what a
 * user sees. Tagged "desktop": {@code mvn verify -Pdesktop} runs it (.ci/run does, after
 * installing xvfb, xfwm4, dbus, xdotool and x11-utils).
 */
@Tag("desktop")
@Tag("slow")
class WindowFitDesktopTest {

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).destroy();
            if (!started.get(i).waitFor(5, TimeUnit.SECONDS)) {
                started.get(i).destroyForcibly();
            }
        }
    }

    /** The outer frame of the window and the screen it is on. */
    record Seen(int x, int y, int width, int height, int screenW, int screenH) {
        boolean wholeOnScreen() {
            return x >= 0 && y >= 0 && x + width <= screenW && y + height <= screenH;
        }
    }

    @Test
    void theFirstWindowFitsEachCommonScreen() throws Exception {
        int display = 91;
        for (int[] size : new int[][] {{1024, 640}, {1366, 768}, {1920, 1080}}) {
            Path fresh = Files.createDirectories(home.resolve("fresh-" + size[0]));
            Seen seen = run(display++, size[0], size[1], fresh, null);
            assertTrue(seen.wholeOnScreen(), "the first window is wholly on a " + size[0] + "×" + size[1] + " screen: " + seen);
            // A sensible share: at least three-quarters of a small screen each way.
            if (size[0] < 1300) {
                assertTrue(seen.width() >= size[0] * 0.75 && seen.height() >= size[1] * 0.75, "uses the small screen: " + seen);
            }
        }
    }

    @Test
    void aWindowLeftOnALargeScreenComesBackWholeOnASmallOne() throws Exception {
        Path user = Files.createDirectories(home.resolve("user"));
        // Made large and moved to the bottom right of a 1920×1080 screen, then closed.
        Seen left = run(95, 1920, 1080, user, "windowsize %s 1700 950 windowmove %s 600 400");
        assertTrue(left.x() >= 500 && left.width() >= 1300, "the window was moved and resized: " + left);
        // The next start is on a 1024×640 laptop screen.
        Seen back = run(96, 1024, 640, user, null);
        assertTrue(back.wholeOnScreen(), "the remembered place and size are brought onto the small screen: " + back);
    }

    /**
     * Starts a screen, the window manager and the app; reads where the window's frame is; runs
     * {@code xdotool} with {@code change} (each %s the window) if given, then closes the window as
     * the user would (so it remembers its place) and returns where it was before closing.
     */
    private Seen run(int display, int w, int h, Path user, String change) throws Exception {
        String d = ":" + display;
        Process x = start(List.of("Xvfb", d, "-screen", "0", w + "x" + h + "x24", "-nolisten", "tcp"), d);
        waitFor(() -> exec(d, "xdotool", "getdisplaygeometry").isPresent(), "Xvfb " + d);
        // xfwm4 needs a session bus (its settings come through Xfconf): without one it exits at once.
        Process wm = start(List.of("dbus-run-session", "xfwm4"), d);
        Thread.sleep(1500);
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Duser.home=" + user, "-Djava.util.prefs.userRoot=" + user.resolve("prefs"),
                "org.caseexplorer.app.Launcher"));
        Process app = start(java, d);
        String[] id = new String[1];
        waitFor(() -> {
            id[0] = exec(d, "xdotool", "search", "--onlyvisible", "--name", "Case Explorer").map(s -> s.lines().reduce((a, b) -> b).orElse(""))
                    .filter(s -> !s.isBlank()).orElse(null);
            return id[0] != null;
        }, "the main window on " + d);
        Thread.sleep(2500);
        if (change != null) {
            List<String> cmd = new ArrayList<>(List.of("xdotool"));
            for (String part : change.split(" ")) {
                cmd.add(part.equals("%s") ? id[0] : part);
            }
            exec(d, cmd.toArray(String[]::new));
            Thread.sleep(1500);
        }
        Seen seen = measure(d, id[0], w, h);
        // Quit as the user would: the window saves its bounds on the way out.
        exec(d, "xdotool", "windowactivate", "--sync", id[0]);
        exec(d, "xdotool", "key", "ctrl+q");
        if (!app.waitFor(20, TimeUnit.SECONDS)) {
            fail("the app did not quit on " + d);
        }
        wm.destroy();
        x.destroy();
        x.waitFor(5, TimeUnit.SECONDS);
        return seen;
    }

    private static Seen measure(String d, String id, int w, int h) throws Exception {
        // xwininfo, not xdotool: xdotool's getwindowgeometry counts a reparented window's frame offset twice.
        String info = exec(d, "xwininfo", "-id", id).orElseThrow();
        int cx = value(info, "Absolute upper-left X");
        int cy = value(info, "Absolute upper-left Y");
        int cw = value(info, "Width");
        int ch = value(info, "Height");
        // _NET_FRAME_EXTENTS(CARDINAL) = left, right, top, bottom
        String extents = exec(d, "xprop", "-id", id, "_NET_FRAME_EXTENTS").orElse("");
        // Without a window manager nothing frames the window, and nothing would be tested.
        assertTrue(extents.contains("="), "xfwm4 framed the window: " + extents);
        int[] e = new int[4];
        String[] parts = extents.substring(extents.indexOf('=') + 1).split(",");
        for (int i = 0; i < 4; i++) {
            e[i] = Integer.parseInt(parts[i].trim());
        }
        assertTrue(e[2] > 10, "the frame has a title bar: " + extents);
        return new Seen(cx - e[0], cy - e[2], cw + e[0] + e[1], ch + e[2] + e[3], w, h);
    }

    private static int value(String info, String key) {
        return info.lines().map(String::strip).filter(l -> l.startsWith(key + ":"))
                .map(l -> Integer.parseInt(l.substring(key.length() + 1).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " in " + info));
    }

    private Process start(List<String> command, String display) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        pb.environment().put("HOME", home.toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is needed for the desktop checks (.ci/run installs it): " + e.getMessage(), e);
        }
        started.add(p);
        return p;
    }

    private static java.util.Optional<String> exec(String display, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? java.util.Optional.of(out) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void waitFor(Check check, String what) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (System.nanoTime() < end) {
            if (check.done()) {
                return;
            }
            Thread.sleep(250);
        }
        fail("timed out waiting for " + what);
    }
}
