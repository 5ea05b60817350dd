package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.caseexplorer.cases.Case;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window built as start-up builds it: the composition root made off the FX thread once the
 * toolkit is up (the app does it in {@code Application.init()} on the launcher thread), then
 * shown on the FX thread.
 */
@org.junit.jupiter.api.Tag("slow")
@ExtendWith(ApplicationExtension.class)
class CompositionRootTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/root-test-" + System.nanoTime());
    private TestWindow test;

    @AfterEach
    void cleanUp() throws Exception {
        if (test != null) {
            test.close();
        }
        node.removeNode();
    }

    @Test
    void theWindowBuiltOffTheFxThreadShowsTheLibrary(FxRobot robot) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        assertFalse(Platform.isFxApplicationThread(), "the test builds it off the FX thread");
        test = new TestWindow(node, Runnable::run);
        robot.interact(() -> test.showOn(stage));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(stage.isShowing());
        assertEquals(test.messages.get("app.title"), stage.getTitle());
        assertEquals(test.state.library().cases().stream().map(Case::id).toList(),
                test.state.shownCases().stream().map(Case::id).toList());
        assertTrue(robot.lookup(".case-card").queryAll().size() >= 1, "cards are on screen");
        // The menus are made after the first frame; a shortcut then works as in the app.
        robot.interact(test.window::showMap);
        assertTrue(test.window.isShowingMap());
        robot.interact(() -> test.navigator.back());
        assertFalse(test.window.isShowingMap());
    }

    @Test
    void howTheComparisonIsShownIsRememberedAcrossStarts(FxRobot robot) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        test = new TestWindow(node, Runnable::run);
        robot.interact(() -> test.showOn(stage));
        robot.interact(() -> {
            test.root.comparison.scopeProperty().set(org.caseexplorer.comparison.RowScope.ONLY_DIFFERENCES);
            test.root.comparison.orderProperty().set(org.caseexplorer.comparison.RowOrder.values()[
                    org.caseexplorer.comparison.RowOrder.values().length - 1]);
            test.root.comparison.followFilterProperty().set(true);
        });
        test.close();

        TestWindow again = new TestWindow(node, Runnable::run);
        test = again;
        assertEquals(org.caseexplorer.comparison.RowScope.ONLY_DIFFERENCES, again.root.comparison.scopeProperty().get());
        assertEquals(org.caseexplorer.comparison.RowOrder.values()[org.caseexplorer.comparison.RowOrder.values().length - 1],
                again.root.comparison.orderProperty().get());
        assertTrue(again.root.comparison.followFilterProperty().get());
    }
}
