package org.caseexplorer.gallery.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.caseexplorer.app.TestWindow;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.io.OneLanguageCaseTest;
import org.caseexplorer.state.AppState;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cards and comparison cells mark text shown in the other language, as the detail pane does:
 * a Chinese-only case in the English window and an English-only case in the Chinese window.
 * Cases written in both languages carry no mark.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class OneLanguageMarksTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/marks-test-" + System.nanoTime());
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
    void cleanUp() throws Exception {
        // Closing the window writes its place into the node, as the app does: close it first.
        test.close();
        node.removeNode();
        test.libraries.close();
    }

    /** A library with "my-case" in Chinese only and "my-en-case" in English only. */
    private void loadOneLanguageCases(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("my-case.json"), OneLanguageCaseTest.chineseOnly());
        Files.writeString(dir.resolve("my-en-case.json"), OneLanguageCaseTest.englishOnly()
                .replace("\"my-case\"", "\"my-en-case\"").replace("My case", "Mine in English"));
        robot.interact(() -> test.libraries.load(Optional.of(dir)).join());
        assertEquals(0, state.library().problemCount(), () -> state.library().problems().toString());
    }

    private void language(FxRobot robot, Lang lang) {
        robot.interact(() -> test.messages.langProperty().set(lang));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows only the cards the search finds, so each one is on screen. */
    private void search(FxRobot robot, String text) {
        robot.interact(() -> test.window.searchField().setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node card(FxRobot robot, String caseId) {
        return robot.lookup(".case-card").queryAll().stream()
                .filter(card -> card instanceof GridCell<?> cell && cell.getItem() instanceof Case c
                        && c.id().equals(caseId) && TestWindow.showing(card.lookup(".card-body")))
                .findFirst().orElseThrow(() -> new AssertionError("no card on screen shows " + caseId));
    }

    /** The language tags shown on a node, as their text. */
    private static List<Label> shownTags(Node parent) {
        return parent.lookupAll(".language-tag").stream().filter(TestWindow::showing).map(Label.class::cast).toList();
    }

    @Test
    void aChineseOnlyCardInTheEnglishWindowIsTaggedChineseAndShowsItsNameOnce(FxRobot robot) throws Exception {
        loadOneLanguageCases(robot);
        search(robot, "我的案例");
        Node card = card(robot, "my-case");
        List<Label> tags = shownTags(card);
        assertEquals(List.of("中文"), tags.stream().map(Label::getText).toList());
        assertEquals("Written in Chinese only", tags.get(0).getAccessibleText());
        assertTrue(card.getAccessibleText().endsWith("(Written in Chinese only)"), card.getAccessibleText());
        assertFalse(TestWindow.showing(card.lookup(".card-subtitle")), "no second name: the case has one");
    }

    @Test
    void anEnglishOnlyCardInTheChineseWindowIsTaggedEnglish(FxRobot robot) throws Exception {
        loadOneLanguageCases(robot);
        language(robot, Lang.ZH);
        search(robot, "Mine in English");
        List<Label> tags = shownTags(card(robot, "my-en-case"));
        assertEquals(List.of("EN"), tags.stream().map(Label::getText).toList());
        assertEquals("只有英文", tags.get(0).getAccessibleText());
    }

    @Test
    void aCardReusedForACaseInBothLanguagesDropsTheTag(FxRobot robot) throws Exception {
        loadOneLanguageCases(robot);
        search(robot, "我的案例");
        assertEquals(1, shownTags(card(robot, "my-case")).size());
        // The same cell now shows a built-in case: written in both languages, so no mark.
        search(robot, "Xiaomi");
        Node xiaomi = card(robot, "xiaomi");
        assertEquals(List.of(), shownTags(xiaomi));
        assertTrue(TestWindow.showing(xiaomi.lookup(".card-subtitle")));
        assertFalse(xiaomi.getAccessibleText().contains("only"), xiaomi.getAccessibleText());
        // A case in the window's own language is not marked either.
        language(robot, Lang.ZH);
        search(robot, "我的案例");
        assertEquals(List.of(), shownTags(card(robot, "my-case")));
    }

    @Test
    void comparisonCellsOfAChineseOnlyCaseAreTaggedInEnglishAndTheOtherCaseIsNot(FxRobot robot) throws Exception {
        loadOneLanguageCases(robot);
        compare(robot, "my-case", "xiaomi");
        Node column = robot.lookup("#column-my-case").query();
        assertEquals(List.of("中文"), shownTags(column).stream().map(Label::getText).toList(), "the column's name");
        assertEquals(List.of(), shownTags(robot.lookup("#column-xiaomi").query()));
        List<Node> cells = robot.lookup(".compare-cell").queryAll().stream().toList();
        List<Node> mine = cells.stream().filter(c -> c.getAccessibleText().startsWith("我的案例")).toList();
        List<Node> xiaomi = cells.stream().filter(c -> c.getAccessibleText().startsWith("Xiaomi")).toList();
        List<Node> explained = mine.stream().filter(c -> c.lookup(".cell-explanation") != null).toList();
        assertEquals(1, explained.size(), "my-case explains one principle");
        List<Label> tags = shownTags(explained.get(0));
        assertEquals(List.of("中文"), tags.stream().map(Label::getText).toList());
        assertEquals("Written in Chinese only", tags.get(0).getAccessibleText());
        assertTrue(explained.get(0).getAccessibleText().endsWith("粉丝参与。 (Written in Chinese only)"),
                explained.get(0).getAccessibleText());
        assertFalse(xiaomi.isEmpty());
        xiaomi.forEach(cell -> assertEquals(List.of(), shownTags(cell), "xiaomi is written in both languages"));
    }

    @Test
    void comparisonCellsOfAnEnglishOnlyCaseAreTaggedInChinese(FxRobot robot) throws Exception {
        loadOneLanguageCases(robot);
        language(robot, Lang.ZH);
        compare(robot, "my-en-case", "tesla");
        assertEquals(List.of("EN"), shownTags(robot.lookup("#column-my-en-case").query()).stream()
                .map(Label::getText).toList());
        List<Node> explained = robot.lookup(".compare-cell").queryAll().stream()
                .filter(c -> c.getAccessibleText().startsWith("Mine in English") && c.lookup(".cell-explanation") != null)
                .toList();
        assertEquals(1, explained.size());
        assertEquals(List.of("EN"), shownTags(explained.get(0)).stream().map(Label::getText).toList());
        assertEquals("只有英文", shownTags(explained.get(0)).get(0).getAccessibleText());
        assertEquals(List.of(), shownTags(robot.lookup("#column-tesla").query()));
    }

    private void compare(FxRobot robot, String first, String second) {
        robot.interact(() -> {
            state.toggleComparison(state.library().caseById(first).orElseThrow());
            state.toggleComparison(state.library().caseById(second).orElseThrow());
            test.window.showComparison();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
