package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.ui.SelectableText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What a reader copies out of the window: a selection, a quote with its citation, the comparison as a table. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class CopyTextWindowTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/copy-test-" + System.nanoTime());
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

    private Case xiaomi() {
        return test.state.library().cases().stream().filter(c -> c.id().equals("xiaomi")).findFirst().orElseThrow();
    }

    private static String clipboard(FxRobot robot, boolean html) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(html ? Clipboard.getSystemClipboard().getHtml() : Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    private static void clearClipboard(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    @Test
    void draggingOverTheSummarySelectsItAndCtrlCCopiesJustThat(FxRobot robot) {
        robot.interact(() -> test.state.select(xiaomi()));
        SelectableText summary = robot.lookup(".detail-summary").queryAs(SelectableText.class);
        Bounds b = summary.localToScreen(summary.getBoundsInLocal());
        clearClipboard(robot);
        // From the very start of the first line to the middle of it.
        robot.drag(b.getMinX() + 1, b.getMinY() + 6, MouseButton.PRIMARY).moveTo(new javafx.geometry.Point2D(b.getMinX() + 80, b.getMinY() + 6)).release(MouseButton.PRIMARY);
        assertTrue(summary.hasSelection(), "the drag selected text");
        String selected = summary.selectedText();
        assertTrue(summary.text().startsWith(selected) && selected.length() >= 3 && selected.length() < summary.text().length(),
                "the selection is the start of the summary: " + selected);
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        assertEquals(selected, clipboard(robot, false));

        // A selection in another block takes the place of the first.
        SelectableText tagline = robot.lookup(".detail-tagline").queryAs(SelectableText.class);
        robot.interact(tagline::selectAll);
        assertFalse(summary.hasSelection(), "one block holds the selection at a time");
        assertEquals(tagline.text(), tagline.selectedText());
    }

    @Test
    void copyQuoteWithCitationPutsPlainTextAndHtmlInTheWindowsLanguage(FxRobot robot) {
        robot.interact(() -> test.state.select(xiaomi()));
        Node quote = robot.lookup(".evidence .quote-translation").query();
        scrollTo(robot, quote);
        clearClipboard(robot);
        // A right-click (Monocle makes no context-menu event of one: sent as the toolkit would).
        robot.clickOn(quote);
        Bounds at = quote.localToScreen(quote.getBoundsInLocal());
        robot.interact(() -> quote.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, at.getMinX() + 5, at.getMinY() + 5, false, null)));
        ContextMenu menu = contextMenu(robot);
        List<String> items = menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
        assertTrue(items.contains("Copy Quote with Citation") && items.contains("Copy") && items.contains("Select All"), items.toString());
        MenuItem copyQuote = menu.getItems().stream().filter(i -> "Copy Quote with Citation".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            copyQuote.fire();
            menu.hide();
        });
        String plain = clipboard(robot, false);
        String html = clipboard(robot, true);
        String[] lines = plain.split("\n");
        assertEquals(3, lines.length, plain);
        assertTrue(lines[0].startsWith("\u201C") && lines[2].startsWith("\u2014 "), "translation, original, citation: " + plain);
        assertTrue(lines[1].codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the original is Chinese: " + plain);
        assertTrue(html.contains("<blockquote>") && html.contains("<i>") && html.contains("charset=\"utf-8\""), html);

        // In Chinese the original and a Chinese citation, by the shortcut.
        robot.interact(() -> test.messages.langProperty().set(Lang.ZH));
        Node zhQuote = robot.lookup(".evidence .quote-text").query();
        scrollTo(robot, zhQuote);
        robot.clickOn(zhQuote);
        clearClipboard(robot);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT, KeyCode.CONTROL);
        String zh = clipboard(robot, false);
        String[] zhLines = zh.split("\n");
        assertEquals(2, zhLines.length, zh);
        assertTrue(zhLines[1].contains("《") && zhLines[1].contains("》。"), "a Chinese citation: " + zh);
        assertTrue(zhLines[1].contains("http://") || zhLines[1].contains("https://"), "with the article's address: " + zh);
    }

    @Test
    void theComparisonIsCopiedAsATableBothWays(FxRobot robot) {
        robot.interact(() -> {
            List<Case> cases = test.state.library().cases();
            test.state.addToComparison(cases.get(0));
            test.state.addToComparison(cases.get(1));
            test.state.addToComparison(cases.get(2));
            test.navigator.showComparison();
        });
        clearClipboard(robot);
        robot.clickOn("#compare-copy-table");
        String tsv = clipboard(robot, false);
        String html = clipboard(robot, true);
        List<String> rows = tsv.lines().toList();
        assertEquals(4, rows.get(0).split("\t").length, "a principle column and three cases: " + rows.get(0));
        assertTrue(rows.size() > 5, "a row per principle");
        rows.forEach(r -> assertEquals(4, r.split("\t", -1).length, "every row has four cells: " + r));
        assertTrue(html.contains("<table") && html.contains("<th") && html.split("<tr>", -1).length - 1 == rows.size(), html);
    }

    @Test
    void editMenuCopiesTheSelectedProblemRowsAndTextFieldsKeepTheirOwn(FxRobot robot) {
        robot.clickOn("#search");
        robot.write("fans");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        clearClipboard(robot);
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        assertEquals("fans", clipboard(robot, false), "Ctrl+C in the search box copies its text");
    }

    /** Scrolls the pane {@code node} is in until it shows. */
    private static void scrollTo(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    Node content = pane.getContent();
                    double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
                    pane.layout();
                    return;
                }
            }
        });
    }

    private static ContextMenu contextMenu(FxRobot robot) {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).map(w -> (ContextMenu) w)
                .findFirst().orElseThrow(() -> new AssertionError("no context menu"));
    }
}
