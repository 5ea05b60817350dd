package org.caseexplorer.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: once a pulse has laid out the gallery with cases in it, prints
 * "FIRST_FRAME" and exits; the benchmark times the whole process from outside.
 */
final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    static void install(Scene scene, AppState state) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!state.shownCases().isEmpty() && !state.loadingProperty().get()) {
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
