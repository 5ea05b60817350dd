package org.caseexplorer.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;
import org.caseexplorer.assets.BundledFonts;

/**
 * The bundled Case Explorer Sans (OFL): Noto Sans SC with the Latin, Greek and Cyrillic glyphs
 * of Noto Sans, built by {@code assets/fonts/build_fonts.py}. JavaFX draws a node in one family
 * and does not fall back to a loaded font for missing glyphs, so one family holds both scripts:
 * English gets proportional Latin letters and punctuation, Chinese keeps Noto Sans SC's glyphs.
 * app.css names this family for the whole UI.
 */
public final class Fonts {

    /** The family name app.css uses; a test keeps it equal to the name inside the font files. */
    public static final String FAMILY = "Case Explorer Sans";

    private Fonts() {
    }

    /** Loads the bundled fonts; returns the families they registered. Safe on any thread. */
    public static String[] load() {
        List<String> files = BundledFonts.FILES;
        String[] families = new String[files.size()];
        for (int i = 0; i < families.length; i++) {
            Font font = load(files.get(i));
            families[i] = font == null ? null : font.getFamily();
        }
        return families;
    }

    private static Font load(String name) {
        // From a file URL JavaFX reads the font in place; from a stream it first copies it to a
        // temporary file.
        Optional<Path> file = BundledFonts.file(name);
        if (file.isPresent()) {
            return Font.loadFont(file.get().toUri().toString(), 13);
        }
        try (InputStream in = BundledFonts.open(name)) {
            return Font.loadFont(in, 13);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
