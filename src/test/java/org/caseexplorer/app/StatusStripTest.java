package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What authoring did is said for a while, then let go; why something failed stays. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // waits for the strip's timer (2 s in the tests, 10 s in the app)
class StatusStripTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/strip-test-" + System.nanoTime());
    private TestWindow test;
    private final SimpleStringProperty said = new SimpleStringProperty("");
    private final SimpleBooleanProperty failing = new SimpleBooleanProperty();
    private StatusStrip strip;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, node, Runnable::run);
        strip = new StatusStrip(test.state, test.messages, test.libraries, said, failing,
                new SimpleBooleanProperty());
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        test.close();
        node.removeNode();
    }

    private Node done() {
        return strip.lookup("#authoring-status");
    }

    @Test
    void newsIsLetGoAfterAWhileAndAFailureStays(FxRobot robot) throws Exception {
        robot.interact(() -> said.set("Copied to your library as xiaomi-2."));
        assertTrue(done().isVisible());
        Thread.sleep((long) (StatusStrip.SAID_FOR.toMillis() + 800));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(done().isVisible(), "the news is let go");

        robot.interact(() -> {
            said.set("Could not do that: the disk is full");
            failing.set(true);
        });
        Thread.sleep((long) (StatusStrip.SAID_FOR.toMillis() + 800));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(done().isVisible(), "a failure stays until the next thing is said");
        robot.interact(() -> {
            failing.set(false);
            said.set("Saved.");
        });
        assertTrue(done().isVisible(), "the next thing is said");
    }
}
