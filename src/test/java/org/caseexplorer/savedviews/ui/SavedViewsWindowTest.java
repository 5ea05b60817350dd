package org.caseexplorer.savedviews.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.caseexplorer.app.TestWindow;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.filter.FilterMode;
import org.caseexplorer.savedviews.SavedView;
import org.caseexplorer.state.AppState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: save the current filter, search and comparison as a view, restore it with a click. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class SavedViewsWindowTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/views-test-" + System.nanoTime());
    private TestWindow test;
    private AppState state;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, node, Runnable::run);
        state = test.state;
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        // Closing the window writes its place into the node, as the app does: close it first.
        test.close();
        node.removeNode();
    }

    @SuppressWarnings("unchecked")
    private ListView<SavedView> list(FxRobot robot) {
        return robot.lookup("#saved-views").queryAs(ListView.class);
    }

    @Test
    void withoutALibraryFolderTheSectionTakesNoRoomAndAppearsWhenOneIsOpened(FxRobot robot) {
        // Not made at all until a folder is open (the first frame is lighter for it), and never shown.
        assertTrue(robot.lookup("#save-view").tryQuery().map(n -> !TestWindow.showing(n)).orElse(true),
                "no folder: no saved views section");
        robot.interact(() -> test.libraries.load(Optional.of(dir)).join());
        WaitForAsyncUtils.waitForFxEvents();
        Button save = robot.lookup("#save-view").queryAs(Button.class);
        assertTrue(TestWindow.showing(save));
        Label hint = robot.lookup("#saved-views-hint").queryAs(Label.class);
        assertTrue(TestWindow.showing(hint) && hint.getText().contains("Save view"), hint.getText());
        robot.interact(() -> test.messages.langProperty().set(Lang.ZH));
        assertTrue(hint.getText().contains("保存视图"), hint.getText());
        robot.interact(() -> test.libraries.load(Optional.empty()).join());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(TestWindow.showing(save), "closed again");
    }

    @Test
    void aViewIsSavedInTheLibraryFolderAndOneClickRestoresIt(FxRobot robot) throws Exception {
        robot.interact(() -> test.libraries.load(Optional.of(dir)).join());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            state.toggleIncluded("fans");
            state.setMode(FilterMode.ALL);
            state.search("雷军");
            state.addToComparison(state.library().caseById("tesla").orElseThrow());
            state.addToComparison(state.library().caseById("xiaomi").orElseThrow());
        });
        Button save = robot.lookup("#save-view").queryAs(Button.class);
        assertFalse(save.isDisabled(), "a library folder is open");
        assertTrue(TestWindow.showing(save) && save.localToScreen(save.getBoundsInLocal()) != null, "on screen");
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.listWindows().size(), "the name dialog is open: " + robot.listWindows());
        robot.clickOn(".dialog-pane .text-field").write("Week 3");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryButton());
        Path file = dir.resolve("views").resolve("week-3.json");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && list(robot).getItems().size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("message: " + robot.lookup("#saved-views-message").queryAs(Label.class).getText()
                    + "; files: " + (Files.exists(dir.resolve("views")) ? Files.list(dir.resolve("views")).toList() : "none")
                    + "; search: " + state.filter().text() + "; items: " + list(robot).getItems(), e);
        }
        assertTrue(Files.readString(file).contains("\"name\" : \"Week 3\""));

        robot.interact(() -> {
            state.clearFilters();
            state.clearComparison();
        });
        robot.clickOn(robot.lookup("#saved-views .list-cell").nth(0).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("fans"), state.filter().included());
        assertEquals(FilterMode.ALL, state.filter().mode());
        assertEquals("雷军", state.filter().text());
        assertEquals(List.of("tesla", "xiaomi"), state.comparisonChoice().caseIds());
        assertEquals("Restored Week 3", robot.lookup("#saved-views-message").queryAs(Label.class).getText());
    }

    @Test
    void aBrokenViewFileIsListedInTheProblemsAndTheGoodOnesStillShow(FxRobot robot) throws Exception {
        Path views = Files.createDirectories(dir.resolve("views"));
        Files.writeString(views.resolve("good.json"), "{\"name\": \"Good\", \"compare\": [\"xiaomi\", \"nokia\"]}");
        Files.writeString(views.resolve("bad.json"), "{\"name\": 3}");
        robot.interact(() -> test.libraries.load(Optional.of(dir)).join());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = state.problems().stream().map(p -> p.format()).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("views/bad.json:1:") && p.contains("name")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("views/good.json:1:") && p.contains("unknown case 'nokia'")),
                problems.toString());
        assertEquals("Good", list(robot).getItems().get(0).name());
        assertFalse(robot.lookup("#save-view").queryAs(Button.class).isDisabled());
    }
}
