package org.caseexplorer.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.caseexplorer.startup.FirstFrameProbe;

/** The baseline for the start-up benchmark: a bare JavaFX window with one label. */
public final class BareHelloApp extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello"), 1280, 800);
        FirstFrameProbe.install(scene, () -> true);
        stage.setScene(scene);
        stage.show();
    }

    /** Launched from a plain main, as the app is, so both run with JavaFX on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareHelloApp.class, args);
        }
    }
}
