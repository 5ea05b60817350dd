package org.caseexplorer.app;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: once a pulse has laid out the scene in a ready state, prints
 * "FIRST_FRAME" and exits; the benchmark times the whole process from outside.
 */
public final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    /** For the app: ready once the gallery has cases in it. */
    static void install(Scene scene, AppState state) {
        install(scene, () -> !state.shownCases().isEmpty() && !state.loadingProperty().get());
    }

    public static void install(Scene scene, BooleanSupplier ready) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                // Let this pulse render, then report.
                Platform.runLater(() -> {
                    System.out.println("FIRST_FRAME");
                    System.out.flush();
                    Platform.exit();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
