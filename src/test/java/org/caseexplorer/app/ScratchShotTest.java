package org.caseexplorer.app;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.prefs.Preferences;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.caseexplorer.cases.Lang;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ScratchShotTest {
    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/scratch-" + System.nanoTime());
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, node, Runnable::run);
    }

    @Test
    void shoot(FxRobot robot) throws Exception {
        String target = System.getProperty("shot.principle", "user-thinking");
        robot.interact(() -> {
            test.messages.langProperty().set(Lang.parse(System.getProperty("shot.lang", "en")));
            test.navigator.openPrinciple(target);
        });
        Thread.sleep(500);
        robot.interact(() -> {
            WritableImage img = test.window.getScene().getRoot().snapshot(null, null);
            PixelReader r = img.getPixelReader();
            BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < out.getHeight(); y++) for (int x = 0; x < out.getWidth(); x++) out.setRGB(x, y, r.getArgb(x, y));
            try { javax.imageio.ImageIO.write(out, "png", new File("/tmp/scratch/shot.png")); } catch (Exception e) { throw new RuntimeException(e); }
        });
    }
}
