package org.caseexplorer.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The AtlantaFX Primer theme, light or dark, plus the app's own app.css on top. */
public final class Theme {

    public static final String APP_CSS = "/org/caseexplorer/ui/app.css";

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void addAppStylesheet(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource(APP_CSS).toExternalForm());
    }
}
