package org.caseexplorer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.caseexplorer.app.TestWindow;

/**
 * Benchmark: scrolling the gallery through a large library in the real window. Opens the main
 * window with the library folder DIR, then scrolls the card grid by {@code PX} pixels on every
 * frame (default 40, a fast fling at 60 frames a second) for 1,200 frames or until the bottom, and reports the
 * median and p99 of the FX thread's work per frame (from the scroll call to the end of layout),
 * how many frames went over the 16.7 ms a 60 Hz screen allows, and how many card cells exist
 * before and after: a virtualised grid keeps that number flat, whatever the library's size.
 * Needs a display (e.g. Xvfb). Usage: {@code ScrollBench DIR [PX]}.
 */
public final class ScrollBench {

    private static Path folder;
    private static double pixelsPerFrame = 40;
    /** At 60 frames a second, 20 s of scrolling; 10,000 cases are far longer than that at 40 px a frame. */
    private static final int MAX_FRAMES = 1200;

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ScrollBench DIR [PX]");
            System.exit(2);
        }
        folder = Path.of(args[0]);
        if (args.length > 1) {
            pixelsPerFrame = Double.parseDouble(args[1]);
        }
        Application.launch(App.class);
    }

    /** The window; launched from the plain main above, so JavaFX can be on the class path. */
    public static final class App extends Application {

        private Preferences node;

        @Override
        public void start(Stage stage) throws Exception {
            node = Preferences.userRoot().node("org/caseexplorer/scroll-bench-" + System.nanoTime());
            TestWindow window = new TestWindow(stage, node, Executors.newSingleThreadExecutor());
            window.libraries.load(Optional.of(folder)).join();
            int cases = window.state.shownCases().size();
            Scene scene = stage.getScene();
            List<Double> pulseMillis = new ArrayList<>();
            long[] pulseStart = new long[1];
            boolean[] recording = new boolean[1];
            scene.addPostLayoutPulseListener(() -> {
                if (recording[0]) {
                    pulseMillis.add((System.nanoTime() - pulseStart[0]) / 1e6);
                }
            });
            // Let the window settle and the search index finish before measuring.
            Platform.runLater(() -> new Thread(() -> {
                sleep(2000);
                Platform.runLater(() -> scroll(window, scene, cases, pulseMillis, pulseStart, recording));
            }).start());
        }

        private void scroll(TestWindow window, Scene scene, int cases, List<Double> pulseMillis, long[] pulseStart,
                            boolean[] recording) {
            VirtualFlow<?> flow = (VirtualFlow<?>) window.window.gallery().lookup(".virtual-flow");
            int cellsBefore = scene.getRoot().lookupAll(".case-card").size();
            recording[0] = true;
            long started = System.nanoTime();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    pulseStart[0] = System.nanoTime();
                    flow.scrollPixels(pixelsPerFrame);
                    frames++;
                    boolean atEnd = flow.getPosition() >= 1.0;
                    if (atEnd || frames >= MAX_FRAMES) {
                        stop();
                        recording[0] = false;
                        int cellsAfter = scene.getRoot().lookupAll(".case-card").size();
                        report(cases, frames, (System.nanoTime() - started) / 1e9, pulseMillis, cellsBefore, cellsAfter);
                        try {
                            node.removeNode();
                        } catch (java.util.prefs.BackingStoreException e) {
                            System.err.println("could not remove the bench's preferences: " + e);
                        }
                        Platform.exit();
                    }
                }
            }.start();
        }
    }

    private static void report(int cases, int frames, double seconds, List<Double> pulseMillis,
                               int cellsBefore, int cellsAfter) {
        double[] sorted = pulseMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long slow = Arrays.stream(sorted).filter(ms -> ms > 1000.0 / 60).count();
        System.out.printf("scrolled %,d cases, %.0f px a frame: %,d frames in %.1f s (%.0f frames/s)%n",
                cases, pixelsPerFrame, frames, seconds, frames / seconds);
        System.out.printf("FX thread work per frame (scroll, CSS, layout): median %.2f ms, p99 %.2f ms, max %.2f ms; "
                + "%d of %d frames over 16.7 ms%n", FilterBench.percentile(sorted, 50),
                FilterBench.percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                slow, sorted.length);
        System.out.printf("card cells: %d before scrolling, %d after%n", cellsBefore, cellsAfter);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
