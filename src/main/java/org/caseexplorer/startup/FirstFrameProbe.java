package org.caseexplorer.startup;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.caseexplorer.filter.CaseIndex;
import org.caseexplorer.state.AppState;

/**
 * For the start-up benchmarks: once a pulse has laid out the scene in a ready state, prints
 * "FIRST_FRAME" and exits; the benchmark times the whole process from outside. With
 * {@link #HEAP_PROPERTY} set it then waits for the whole library and its search index, collects
 * garbage and prints "HEAP_AFTER_LOAD n" (megabytes in use) before it exits.
 */
public final class FirstFrameProbe {

    /** Set to also report the heap in use once the library and its indexes are loaded. */
    public static final String HEAP_PROPERTY = "caseexplorer.reportHeapAfterLoad";

    private FirstFrameProbe() {
    }

    /**
     * For the app: ready once the gallery has cards in it, the first ones of a large library
     * that is still being read included (its first frame is the built-in cases, and the folder's
     * first batch if it is read by then).
     */
    public static void install(Scene scene, AppState state) {
        install(scene, () -> !state.shownCases().isEmpty(), Boolean.getBoolean(HEAP_PROPERTY)
                ? () -> whenWhole(state, () -> reportHeapWhenIndexed(state.loadedProperty().get().index()))
                : Platform::exit);
    }

    /** Once the whole library is shown and the frame is drawn, runs {@code then} (start-up training). */
    public static void installThen(Scene scene, AppState state, Runnable then) {
        install(scene, () -> !state.shownCases().isEmpty() && !state.loadingProperty().get(), then);
    }

    /** Runs {@code then} on the FX thread once the library is whole (at once if it is). */
    private static void whenWhole(AppState state, Runnable then) {
        if (!state.loadingProperty().get()) {
            then.run();
            return;
        }
        state.loadingProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    state.loadingProperty().removeListener(this);
                    then.run();
                }
            }
        });
    }

    public static void install(Scene scene, BooleanSupplier ready) {
        install(scene, ready, Platform::exit);
    }

    private static void install(Scene scene, BooleanSupplier ready, Runnable afterFrame) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                // Let this pulse render, then report.
                StartupTrace.mark("first layout pulse");
                StartupTrace.census(scene.getRoot());
                Platform.runLater(() -> {
                    StartupTrace.mark("frame rendered");
                    System.out.println("FIRST_FRAME");
                    System.out.flush();
                    afterFrame.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void reportHeapWhenIndexed(CaseIndex index) {
        Thread thread = new Thread(() -> {
            index.prepareSearch();
            while (!index.searchReady()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            long used = runtime.totalMemory() - runtime.freeMemory();
            System.out.println("HEAP_AFTER_LOAD " + used / (1024 * 1024));
            System.out.flush();
            Platform.runLater(Platform::exit);
        }, "heap-probe");
        thread.setDaemon(true);
        thread.start();
    }
}
