package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.caseexplorer.settings.AppPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+plus, Ctrl+minus and Ctrl+0 scale the whole window, from 80 % to 200 %, and it is remembered. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class ZoomWindowTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/zoom-test-" + System.nanoTime());
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, node, Runnable::run);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        // Back to 100 % before the window goes: the stage and the theme's zoom are shared with the next test.
        javafx.application.Platform.runLater(() -> test.settings.settings().zoomProperty().set(1));
        WaitForAsyncUtils.waitForFxEvents();
        test.close();
        node.removeNode();
    }

    private double size(FxRobot robot, String query) {
        AtomicReference<Double> size = new AtomicReference<>();
        robot.interact(() -> {
            test.window.getScene().getRoot().applyCss();
            javafx.scene.Node n = robot.lookup(query).query();
            size.set(n instanceof Text t ? t.getFont().getSize() : ((javafx.scene.control.Labeled) n).getFont().getSize());
        });
        return size.get();
    }

    private void keys(FxRobot robot, KeyCode key, int times) {
        for (int i = 0; i < times; i++) {
            robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theShortcutsScaleAppAndThemeTextAlikeWithinTheRangeAndTheZoomIsRemembered(FxRobot robot) {
        robot.interact(() -> test.window.gallery().focusCards());
        double title = size(robot, ".card-title");
        double button = size(robot, "#open-map");
        keys(robot, KeyCode.EQUALS, 5); // Ctrl+= is Ctrl++ without Shift
        assertEquals(1.5, test.settings.settings().zoomProperty().get(), 1e-9);
        assertEquals(title * 1.5, size(robot, ".card-title"), 0.2, "app.css's sizes scale");
        assertEquals(button * 1.5, size(robot, "#open-map"), 0.3, "the theme's controls follow the root font size");
        assertEquals(1.5, new AppPreferences(node).zoom(), 1e-9, "remembered");

        keys(robot, KeyCode.EQUALS, 10);
        assertEquals(2.0, test.settings.settings().zoomProperty().get(), 1e-9, "no more than 200 %");
        keys(robot, KeyCode.MINUS, 20);
        assertEquals(0.8, test.settings.settings().zoomProperty().get(), 1e-9, "no less than 80 %");
        assertEquals(title * 0.8, size(robot, ".card-title"), 0.2);
        keys(robot, KeyCode.DIGIT0, 1);
        assertEquals(1.0, test.settings.settings().zoomProperty().get(), 1e-9);
        assertEquals(title, size(robot, ".card-title"), 0.01);
    }

    @Test
    void onTheMapPlusAndMinusStayTheMapsAndCtrlPlusIsTheWindows(FxRobot robot) {
        robot.interact(() -> test.navigator.showMap());
        robot.interact(() -> robot.lookup(".map-node").query().requestFocus());
        double before = test.settings.settings().zoomProperty().get();
        robot.type(KeyCode.EQUALS);
        assertEquals(before, test.settings.settings().zoomProperty().get(), 1e-9, "+ alone zooms the map, not the window");
        keys(robot, KeyCode.EQUALS, 1);
        assertEquals(before + 0.1, test.settings.settings().zoomProperty().get(), 1e-9);
    }

    @Test
    void atTwiceTheSizeTheWindowStillLaysOutEveryPart(FxRobot robot) {
        robot.interact(() -> {
            test.settings.settings().zoomProperty().set(2.0);
            test.state.select(test.state.library().cases().get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            test.window.getScene().getRoot().applyCss();
            test.window.getScene().getRoot().layout();
        });
        for (String part : new String[] {"#search", "#open-map", ".principle-panel", ".case-gallery", ".detail-pane",
                ".comparison-tray", ".status-bar"}) {
            javafx.scene.Node n = robot.lookup(part).query();
            javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
            assertTrue(b.getWidth() > 20 && b.getHeight() > 10 && b.getMinX() >= 0
                    && b.getMaxX() <= test.window.getScene().getWidth() + 1, part + " is laid out in the window: " + b);
        }
        // The principles' row keeps Clear all inside the panel: its ✕ alone when the words have no room.
        javafx.scene.Node cards = robot.lookup(".case-gallery").query();
        javafx.scene.Node clear = robot.lookup("#filter-clear").query();
        assertTrue(clear.localToScene(clear.getBoundsInLocal()).getMaxX() <= cards.localToScene(cards.getBoundsInLocal()).getMinX(),
                "Clear all is left of the cards, not under them, at 200 %: " + clear.localToScene(clear.getBoundsInLocal()));
        Button map = robot.lookup("#open-map").queryAs(Button.class);
        assertTrue(map.getHeight() > 40, "the toolbar grew with the text: " + map.getHeight());
    }
}
