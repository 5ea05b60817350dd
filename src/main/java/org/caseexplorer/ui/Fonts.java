package org.caseexplorer.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * The bundled Noto Sans SC (OFL). JavaFX does not fall back to a loaded font for missing
 * glyphs, so app.css names this family explicitly for the whole UI.
 */
public final class Fonts {

    /** The family name app.css uses; a test keeps it equal to the name inside the font files. */
    public static final String FAMILY = "Noto Sans SC";
    static final String[] FILES = {"NotoSansSC_400Regular.ttf", "NotoSansSC_700Bold.ttf"};

    private Fonts() {
    }

    /** Loads the bundled fonts; returns the families they registered. Safe on any thread. */
    public static String[] load() {
        String[] families = new String[FILES.length];
        for (int i = 0; i < FILES.length; i++) {
            try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + FILES[i])) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + FILES[i]);
                }
                Font font = Font.loadFont(in, 13);
                families[i] = font == null ? null : font.getFamily();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return families;
    }
}
