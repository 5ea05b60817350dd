package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caseexplorer.settings.AppPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help: the shortcuts sheet made from the menus, the user guide as a page, About with every licence, and the first start's tour. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class HelpWindowTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/help-test-" + System.nanoTime());
    private TestWindow test;

    @Start
    void start(Stage stage) {
        System.setProperty(FirstRunTour.PROPERTY, "on");
        try {
            test = new TestWindow(stage, node, Runnable::run);
        } finally {
            System.setProperty(FirstRunTour.PROPERTY, "off");
        }
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        robotHideOthers();
        test.close();
        node.removeNode();
    }

    private void robotHideOthers() {
        javafx.application.Platform.runLater(() -> Window.getWindows().stream()
                .filter(w -> w != test.window.getScene().getWindow()).toList().forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theShortcutsSheetListsEveryMenuShortcutAndTheKeysNoMenuShows(FxRobot robot) {
        robot.interact(() -> test.window.gallery().focusCards());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage sheet = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && "help-shortcuts".equals(s.getScene().getRoot().getId())).map(Stage.class::cast).findFirst().orElseThrow();
        StringBuilder text = new StringBuilder();
        sheet.getScene().getRoot().lookupAll(".selectable-text").forEach(n -> text.append(((org.caseexplorer.ui.SelectableText) n).text()).append('\n'));
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        int shortcuts = 0;
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    shortcuts++;
                    assertTrue(text.indexOf(item.getAccelerator().getDisplayText()) >= 0 && text.indexOf(item.getText()) >= 0,
                            "the sheet has " + item.getText() + ": " + text);
                }
            }
        }
        assertTrue(shortcuts > 20, "the menus' shortcuts: " + shortcuts);
        assertTrue(text.indexOf("F6, Shift+F6") >= 0 && text.indexOf("Ctrl+C") >= 0, "and the keys no menu shows");
    }

    @Test
    void theUserGuideIsShippedAndOpensAsAPageAndAboutNamesEveryLicence(FxRobot robot) throws Exception {
        String html = HelpWindows.userGuideHtml();
        assertTrue(html.contains("<h1>User guide</h1>") && html.contains("<table>"), "the guide, with its tables");
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().get(bar.getMenus().size() - 1);
        robot.interact(() -> help.getItems().stream().filter(i -> "User Guide".equals(i.getText())).findFirst().orElseThrow().fire());
        assertEquals(1, test.opened.size(), "the guide went to the browser");
        Path page = Path.of(test.opened.get(0));
        assertTrue(Files.readString(page).contains("Keyboard"), "a page of the guide");

        robot.interact(() -> help.getItems().stream().filter(i -> "About Case Explorer".equals(i.getText())).findFirst().orElseThrow().fire());
        Stage about = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && "help-about".equals(s.getScene().getRoot().getId())).map(Stage.class::cast).findFirst().orElseThrow();
        String licences = ((javafx.scene.control.TextArea) about.getScene().getRoot().lookup("#help-about-licences")).getText();
        for (String bundled : List.of("OFL", "LGPL", "Apache", "BSD", "MIT", "GPL")) {
            assertTrue(licences.contains(bundled), "About names " + bundled);
        }
    }

    @Test
    void theTourShowsOnceStepsThroughThePartsAndNeverComesBackOnceDismissed(FxRobot robot) {
        assertTrue(robot.lookup("#tour").tryQuery().isPresent(), "the first start shows the tour");
        javafx.scene.Node panel = robot.lookup(".principle-panel").query();
        assertTrue(panel.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("toured")),
                "step 1 outlines the principles");
        for (int i = 0; i < FirstRunTour.STEPS.size() - 1; i++) {
            robot.clickOn("#tour-next");
        }
        assertEquals("Done", robot.lookup("#tour-next").queryButton().getText());
        assertFalse(new AppPreferences(node).tourDone());
        robot.clickOn("#tour-next");
        assertTrue(robot.lookup("#tour").tryQuery().isEmpty(), "Done ends it");
        assertTrue(new AppPreferences(node).tourDone(), "for good");
        assertFalse(FirstRunTour.wanted(true), "a dismissed tour is not wanted again");
    }
}
