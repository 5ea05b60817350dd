package org.caseexplorer.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The AtlantaFX Primer theme, light or dark, plus the app's own app.css on top, at the zoom the
 * user chose: Ctrl+plus and Ctrl+minus scale every size app.css gives in pixels (the root font
 * size among them, which the theme's own sizes follow), by swapping app.css for a scaled copy.
 */
public final class Theme {

    public static final String APP_CSS = "/org/caseexplorer/ui/app.css";
    /** The zoom's range and step: 80 % for a small screen to 200 % for a projector. */
    public static final double MIN_ZOOM = 0.8;
    public static final double MAX_ZOOM = 2.0;
    public static final double ZOOM_STEP = 0.1;

    private static final Pattern PIXELS = Pattern.compile("(?<![\\w.#-])(\\d+(?:\\.\\d+)?)px\\b");
    private static final Map<Long, String> SCALED = new ConcurrentHashMap<>();
    /** The zoom {@link #zoom(Scene, double)} last set: new windows (dialogs, the preview) open at it. */
    private static volatile double zoom = 1;

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Gives {@code scene} the app's stylesheet at the current zoom. */
    public static void addAppStylesheet(Scene scene) {
        scene.getStylesheets().add(stylesheet(zoom));
    }

    /** A zoom within range, on its steps: what the settings keep. */
    public static double clampZoom(double value) {
        double stepped = Math.round(value / ZOOM_STEP) * ZOOM_STEP;
        return Double.isFinite(stepped) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, stepped)) : 1;
    }

    /** Shows {@code scene} at {@code value} (clamped), in place of the zoom it had. */
    public static void zoom(Scene scene, double value) {
        String before = stylesheet(zoom);
        zoom = clampZoom(value);
        String now = stylesheet(zoom);
        int at = scene.getStylesheets().indexOf(before);
        if (at >= 0) {
            scene.getStylesheets().set(at, now);
        } else if (!scene.getStylesheets().contains(now)) {
            scene.getStylesheets().add(now);
        }
    }

    /** app.css itself at 100 %, else a copy with every pixel size scaled, as a data: URL (cached per zoom). */
    static String stylesheet(double value) {
        long key = Math.round(value * 100);
        if (key == 100) {
            return Theme.class.getResource(APP_CSS).toExternalForm();
        }
        return SCALED.computeIfAbsent(key, k -> "data:text/css;base64," + Base64.getEncoder()
                .encodeToString(scaled(AppCss.TEXT, k / 100.0).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code css} with every size in pixels multiplied by {@code factor}. */
    static String scaled(String css, double factor) {
        Matcher m = PIXELS.matcher(css);
        StringBuilder out = new StringBuilder(css.length() + 256);
        while (m.find()) {
            double px = Double.parseDouble(m.group(1)) * factor;
            m.appendReplacement(out, String.format(Locale.ROOT, "%.2fpx", px));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** app.css's text, read once, the first time a zoom other than 100 % needs it. */
    private static final class AppCss {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = Theme.class.getResourceAsStream(APP_CSS)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
