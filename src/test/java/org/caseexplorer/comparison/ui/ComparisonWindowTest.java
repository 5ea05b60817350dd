package org.caseexplorer.comparison.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseexplorer.app.MainWindow;
import org.caseexplorer.app.TestWindow;
import org.caseexplorer.cases.Case;
import org.caseexplorer.comparison.ComparisonRow;
import org.caseexplorer.comparison.RowScope;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.settings.AppPreferences;
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

/** The real window, headless: choose cases, open the comparison, narrow its rows, export. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class ComparisonWindowTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/compare-test-" + System.nanoTime());
    private AppState state;
    private MainWindow window;
    private ComparisonViewModel model;
    private ComparisonActions actions;
    private TestWindow test;
    private final List<Thread> exportThreads = new java.util.concurrent.CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // Exports run on their own thread, as in the app: the window must stay usable meanwhile.
        test = new TestWindow(stage, node, task -> {
            Thread export = new Thread(task, "export-test");
            exportThreads.add(export);
            export.start();
        });
        state = test.state;
        window = test.window;
        model = test.comparison;
        actions = test.comparisonActions;
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        // Closing the window writes its place into the node, as the app does: close it first.
        test.close();
        node.removeNode();
    }

    private static List<String> ids(List<Case> cases) {
        return cases.stream().map(Case::id).toList();
    }

    private int principleRows(FxRobot robot) {
        // Row headers: one for key facts, then one per principle.
        return robot.lookup("#compare-matrix .row-header").queryAll().size() - 1;
    }

    private void chooseThree(FxRobot robot) {
        robot.clickOn(TestWindow.compareToggle(robot, "xiaomi"));
        robot.clickOn(TestWindow.compareToggle(robot, "tesla"));
        robot.clickOn(TestWindow.compareToggle(robot, "haidilao"));
    }

    @Test
    void chooseThreeCasesOpenTheComparisonAndOnlyDifferencesChangesTheRows(FxRobot robot) {
        chooseThree(robot);
        assertEquals(List.of("xiaomi", "tesla", "haidilao"), ids(state.comparedCases()));
        assertEquals(3, robot.lookup("#comparison-tray .tray-chip").queryAll().size());

        robot.clickOn("#open-comparison");
        assertTrue(window.isComparing());
        int all = principleRows(robot);
        assertEquals(model.comparison().rows().size(), all);
        assertTrue(all > 0);

        robot.clickOn("#scope-differences");
        int differences = principleRows(robot);
        assertEquals(RowScope.ONLY_DIFFERENCES, model.scopeProperty().get());
        assertEquals(model.comparison().rows().stream().filter(ComparisonRow::differs).count(), differences);

        robot.clickOn("#scope-shared");
        int shared = principleRows(robot);
        assertTrue(shared < all, "only shared narrows the rows: " + shared + " of " + all);
        assertTrue(model.comparison().rows().stream().allMatch(ComparisonRow::shared));

        robot.clickOn("#scope-all");
        assertEquals(all, principleRows(robot));
    }

    @Test
    void aSixthCaseIsRefusedWithAReason(FxRobot robot) {
        chooseThree(robot);
        robot.interact(() -> {
            state.addToComparison(state.library().caseById("ganqishi").orElseThrow());
            state.addToComparison(state.library().caseById("xiaotimes").orElseThrow());
        });
        // No notice yet (it is made with the first refusal).
        assertFalse(robot.lookup(".tray-notice").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        // The built-in library has five cases; a sixth stands for one from a user's library.
        Case xiaomi = state.library().caseById("xiaomi").orElseThrow();
        Case sixth = new Case("sixth", xiaomi.name(), xiaomi.industry(), xiaomi.tagline(), xiaomi.summary(),
                "#123456", null, List.of(), List.of(), List.of(), "sixth.json");
        robot.interact(() -> assertEquals(AppState.ComparisonChange.FULL, state.addToComparison(sixth)));
        assertEquals(5, state.comparedCases().size());
        Label notice = robot.lookup(".tray-notice").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().contains("at most 5 cases"), notice.getText());
        robot.clickOn("#comparison-tray .chip-remove");
        assertFalse(notice.isVisible(), "removing a case clears the notice");
        assertEquals(4, state.comparedCases().size());
    }

    @Test
    void columnsMoveAndAreRemovedAndABaselineShowsDifferences(FxRobot robot) {
        chooseThree(robot);
        robot.clickOn("#open-comparison");
        robot.clickOn("#column-tesla .button"); // the first button moves the column left
        assertEquals(List.of("tesla", "xiaomi", "haidilao"), ids(state.comparedCases()));
        robot.clickOn("#baseline-xiaomi");
        assertEquals("xiaomi", model.comparison().baseline().orElseThrow().id());
        assertFalse(robot.lookup(".delta").queryAll().isEmpty(), "cells show their difference to the baseline");
        robot.clickOn("#remove-haidilao");
        assertEquals(List.of("tesla", "xiaomi"), ids(state.comparedCases()));
        robot.clickOn("#remove-tesla");
        assertFalse(window.isComparing(), "one case left: back to the cards");
    }

    @Test
    void theChoiceIsRememberedAndEscapeGoesBack(FxRobot robot) {
        chooseThree(robot);
        assertEquals(List.of("xiaomi", "tesla", "haidilao"), new AppPreferences(node).comparison());
        robot.clickOn("#open-comparison");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.isComparing());
    }

    @Test
    void theKeyboardChoosesTheCaseUnderTheCursor(FxRobot robot) {
        robot.interact(() -> window.gallery().focusCards());
        robot.type(KeyCode.C);
        assertEquals(1, state.comparedCases().size());
        robot.type(KeyCode.RIGHT, KeyCode.C);
        assertEquals(2, state.comparedCases().size());
        robot.type(KeyCode.C);
        assertEquals(1, state.comparedCases().size(), "C again takes it out");
    }

    @Test
    void theDetailPaneTogglesTheSelectedCase(FxRobot robot) {
        robot.interact(() -> state.select(state.library().caseById("tesla").orElseThrow()));
        robot.clickOn("#detail-compare");
        assertEquals(List.of("tesla"), ids(state.comparedCases()));
        robot.clickOn("#detail-compare");
        assertTrue(state.comparedCases().isEmpty());
    }

    @Test
    void exportingRunsOffTheFxThreadAndWritesTheFile(FxRobot robot) throws Exception {
        chooseThree(robot);
        robot.clickOn("#open-comparison");
        Path target = dir.resolve("comparison.csv");
        robot.interact(() -> actions.export(ExportFormat.CSV, target));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target) && actions.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(target).contains("Xiaomi: strength"));
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Saved"), status.getText());
    }

    @Test
    void anUnwritableTargetSaysWhichPathAndWhy(FxRobot robot) throws Exception {
        chooseThree(robot);
        robot.clickOn("#open-comparison");
        Path target = dir.resolve("missing").resolve("comparison.pdf");
        robot.interact(() -> actions.export(ExportFormat.PDF, target));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> actions.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertTrue(status.getText().contains(target.toString()) && status.getText().contains("does not exist"),
                status.getText());
        assertTrue(status.getStyleClass().contains("export-error"));
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void aCancelledExportLeavesNoFile(FxRobot robot) throws Exception {
        chooseThree(robot);
        robot.clickOn("#open-comparison");
        Path target = dir.resolve("cancelled.pdf");
        robot.interact(() -> actions.export(ExportFormat.PDF, target).cancel(true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> actions.runningProperty().get() == null);
        for (Thread export : exportThreads) {
            export.join(TimeUnit.SECONDS.toMillis(20)); // the export's thread is done with the folder
            assertFalse(export.isAlive(), "the cancelled export's thread ended");
        }
        WaitForAsyncUtils.waitForFxEvents();
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing written, no temporary file left");
        }
        Node status = robot.lookup("#export-status").query();
        assertTrue(((Label) status).getText().contains("cancelled"), ((Label) status).getText());
    }

    @Test
    void anExportStartedFromTheCardsShowsItsOutcomeInTheWindowWithOpenAndShowInFolder(FxRobot robot)
            throws Exception {
        chooseThree(robot);
        assertFalse(window.isComparing(), "still on the cards");
        Path target = dir.resolve("from-the-cards.md");
        robot.interact(() -> actions.export(ExportFormat.MARKDOWN, target));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target) && actions.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertTrue(TestWindow.showing(status), "the outcome shows on the cards too");
        assertEquals("Saved " + target, status.getText());

        robot.clickOn("#open-export");
        robot.clickOn("#show-export-folder");
        assertEquals(List.of(target.toUri(), dir.toUri()), test.opened);

        robot.interact(() -> test.messages.langProperty().set(org.caseexplorer.cases.Lang.ZH));
        assertEquals("已保存 " + target, status.getText(), "the message follows the language at once");
    }

    @Test
    void focusStaysOnTheColumnControlTheUserActedOn(FxRobot robot) {
        chooseThree(robot);
        robot.clickOn("#open-comparison");
        robot.interact(() -> robot.lookup("#move-right-xiaomi").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertEquals(List.of("tesla", "xiaomi", "haidilao"), ids(state.comparedCases()));
        assertEquals("move-right-xiaomi", focusedId(), "still on the same button, in the rebuilt matrix");
        robot.type(KeyCode.SPACE);
        assertEquals(List.of("tesla", "haidilao", "xiaomi"), ids(state.comparedCases()));
        assertEquals("move-left-xiaomi", focusedId(), "the last column cannot move right: focus goes beside it");

        robot.interact(() -> robot.lookup("#baseline-tesla").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertEquals("tesla", model.comparison().baseline().orElseThrow().id());
        assertEquals("baseline-tesla", focusedId());
        assertFalse(window.searchField().isFocused(), "focus never lands in the search box");
    }

    private String focusedId() {
        Node owner = window.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    @Test
    void aCaseHandoutIsExportedThroughTheSameStatusStripInTheWindowsLanguage(FxRobot robot) throws Exception {
        org.caseexplorer.export.ui.ExportService exports = test.root.exports;
        robot.interact(() -> test.messages.langProperty().set(org.caseexplorer.cases.Lang.ZH));
        Path target = dir.resolve("xiaomi.md");
        robot.interact(() -> exports.export(org.caseexplorer.export.ui.ExportRequests.caseHandout(exports,
                state.library(), "xiaomi"), org.caseexplorer.export.ui.FileKind.MARKDOWN, target));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target) && actions.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(target).startsWith("# 小米\n"), "in the window's language");
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertEquals("已保存 " + target, status.getText());

        Path unknown = dir.resolve("nokia.pdf");
        robot.interact(() -> exports.export(org.caseexplorer.export.ui.ExportRequests.caseHandout(exports,
                state.library(), "nokia"), org.caseexplorer.export.ui.FileKind.PDF, unknown));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> actions.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status.getText().contains("nokia"), status.getText());
        assertFalse(Files.exists(unknown), "nothing written for an unknown case");
    }
}
