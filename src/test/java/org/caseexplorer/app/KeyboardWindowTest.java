package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseexplorer.cases.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window by keyboard alone: Tab in reading order, F6 from pane to pane, Alt and a letter for the menus. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class KeyboardWindowTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/keys-test-" + System.nanoTime());
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, node, Runnable::run);
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        test.close();
        node.removeNode();
    }

    private Node focus(FxRobot robot) {
        AtomicReference<Node> owner = new AtomicReference<>();
        robot.interact(() -> owner.set(test.window.getScene().getFocusOwner()));
        return owner.get();
    }

    /** Which of the window's panes holds {@code n}, by the style classes on its way up. */
    private static String pane(Node n) {
        for (Node a = n; a != null; a = a.getParent()) {
            for (String c : List.of("tool-bar-row", "side-panel", "case-gallery", "detail-pane", "detail-actions",
                    "comparison-tray", "status-bar", "problems-panel")) {
                if (a.getStyleClass().contains(c)) {
                    return c.equals("detail-actions") ? "detail-pane" : c;
                }
            }
        }
        return "other:" + n;
    }

    @Test
    void tabGoesThroughThePanesInReadingOrderAndAroundInFewPresses(FxRobot robot) {
        robot.interact(() -> {
            test.state.select(test.state.library().cases().get(0));
            test.state.addToComparison(test.state.library().cases().get(0));
            test.state.addToComparison(test.state.library().cases().get(1));
            test.window.searchField().requestFocus();
        });
        Node start = focus(robot);
        List<String> order = new ArrayList<>();
        int presses = 0;
        do {
            robot.type(KeyCode.TAB);
            presses++;
            String p = pane(focus(robot));
            if (order.isEmpty() || !order.get(order.size() - 1).equals(p)) {
                order.add(p);
            }
        } while (focus(robot) != start && presses < 200);
        assertEquals(List.of("tool-bar-row", "side-panel", "case-gallery", "detail-pane", "comparison-tray", "status-bar",
                "tool-bar-row"), order, "Tab's order through the panes");
        assertTrue(presses <= 45, "a full round by Tab takes " + presses + " presses");
    }

    @Test
    void thePrincipleListIsOneStopWalkedByTheArrows(FxRobot robot) {
        robot.interact(() -> robot.lookup("#principle-user-thinking").query().requestFocus());
        robot.type(KeyCode.DOWN);
        assertEquals("principle-grassroots", focus(robot).getId());
        robot.type(KeyCode.END);
        String last = focus(robot).getId();
        assertTrue(last.startsWith("principle-") && !last.equals("principle-grassroots"), last);
        robot.type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.RIGHT);
        assertTrue(focus(robot).getStyleClass().contains("exclude-toggle"), "Right goes to the row's ⊘");
        robot.type(KeyCode.SPACE);
        assertTrue(test.state.filter().excluded().contains("grassroots"), "Space on the ⊘ excludes");
        robot.type(KeyCode.LEFT);
        assertEquals("principle-grassroots", focus(robot).getId());
        // Tab leaves the list at once, and Shift+Tab comes back to the row last visited.
        robot.type(KeyCode.TAB);
        assertEquals("case-gallery", pane(focus(robot)));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("principle-grassroots", focus(robot).getId());
    }

    @Test
    void f6AndShiftF6GoFromPaneToPane(FxRobot robot) {
        robot.interact(() -> {
            test.state.select(test.state.library().cases().get(0));
            test.state.addToComparison(test.state.library().cases().get(0));
            test.window.searchField().requestFocus();
        });
        List<String> forward = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.F6);
            forward.add(pane(focus(robot)));
        }
        assertEquals(List.of("side-panel", "case-gallery", "detail-pane", "comparison-tray", "status-bar", "tool-bar-row"),
                forward);
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertEquals("status-bar", pane(focus(robot)));
        // On another screen the screen is one pane.
        robot.interact(() -> test.navigator.showMap());
        robot.interact(() -> test.window.searchField().requestFocus());
        robot.type(KeyCode.F6);
        assertTrue(pane(focus(robot)).startsWith("other:") && test.window.getCenter() != null
                && isInside(focus(robot), test.window.getCenter()), "F6 from the toolbar goes into the map");
    }

    private static boolean isInside(Node n, Node pane) {
        for (Node a = n; a != null; a = a.getParent()) {
            if (a == pane) {
                return true;
            }
        }
        return false;
    }

    @Test
    void altAndALetterOpenTheMenusInBothLanguages(FxRobot robot) {
        for (Lang lang : Lang.values()) {
            robot.interact(() -> test.messages.langProperty().set(lang));
            robot.interact(() -> test.window.gallery().focusCards());
            robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
            assertTrue(file.isShowing(), "Alt+F opens File in " + lang);
            robot.interact(file::hide);
            robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            Menu edit = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(1);
            assertTrue(edit.isShowing(), "Alt+E opens Edit in " + lang);
            robot.interact(edit::hide);
        }
    }
}
