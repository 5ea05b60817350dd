package org.caseexplorer.ui;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Pictures decoded by Image I/O or rendered by PDFBox, made into JavaFX images. */
public final class FxImages {

    private FxImages() {
    }

    /** The same pixels as a JavaFX image (the javafx.swing module is not needed for this). */
    public static WritableImage of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return fx;
    }
}
