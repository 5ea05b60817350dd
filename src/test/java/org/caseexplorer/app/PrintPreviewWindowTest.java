package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caseexplorer.cases.Case;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.Paper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Print… shows the pages as they will print, in the language and paper chosen there. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX) and lays out PDFs
class PrintPreviewWindowTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/print-test-" + System.nanoTime());
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, node, Runnable::run);
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        robotCloseAll();
        test.close();
        node.removeNode();
    }

    private static void robotCloseAll() {
        javafx.application.Platform.runLater(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().contains("Print")).toList().forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Stage preview() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()
                && w.getScene().getRoot().getStyleClass().contains("print-preview")).map(Stage.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no print preview"));
    }

    private static int pagesShown(Stage preview) {
        return preview.getScene().getRoot().lookupAll(".print-page").size();
    }

    @Test
    void ctrlPShowsThePagesAsTheyWillPrintAndFollowsLanguageAndPaper(FxRobot robot) throws Exception {
        robot.interact(() -> {
            List<Case> cases = test.state.library().cases();
            for (String id : List.of("xiaomi", "tesla", "haidilao")) {
                test.state.addToComparison(cases.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow());
            }
            test.comparisonActions.languageProperty().set(ExportLanguage.EN);
            test.comparisonActions.paperProperty().set(Paper.A4);
            test.navigator.showComparison();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Stage preview = preview();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pagesShown(preview) > 0);
        int english = pagesShown(preview);
        assertEquals(4, english, "the English comparison of three cases prints on four A4 pages");
        javafx.scene.image.ImageView first = (javafx.scene.image.ImageView) preview.getScene().getRoot().lookup(".print-page");
        assertTrue(first.getImage().getHeight() > first.getImage().getWidth(), "three cases print portrait");

        // Both languages: more pages, laid out again.
        ComboBox<?> language = (ComboBox<?>) preview.getScene().getRoot().lookup("#print-language");
        robot.interact(() -> test.comparisonActions.languageProperty().set(ExportLanguage.BOTH));
        assertEquals(ExportLanguage.BOTH, language.getValue(), "the preview's language is the export's");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pagesShown(preview) > english);
        assertTrue(pagesShown(preview) <= english * 1.5, "both languages: " + pagesShown(preview) + " pages");

        // Letter paper: pages of Letter's proportions (8.5 × 11 in).
        robot.interact(() -> test.comparisonActions.paperProperty().set(Paper.LETTER));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            javafx.scene.image.ImageView page = (javafx.scene.image.ImageView) preview.getScene().getRoot().lookup(".print-page");
            return page != null && Math.abs(page.getImage().getHeight() / page.getImage().getWidth() - 11 / 8.5) < 0.02;
        });

        // No printer here: it says so, Print is off and Save as PDF is the default.
        Node noPrinter = preview.getScene().getRoot().lookup("#print-preview-no-printer");
        Button print = (Button) preview.getScene().getRoot().lookup("#print-preview-print");
        Button save = (Button) preview.getScene().getRoot().lookup("#print-preview-save");
        if (javafx.print.Printer.getDefaultPrinter() == null) {
            assertTrue(noPrinter.isVisible() && print.isDisabled() && save.isDefaultButton(), "no printer is said");
        }
        robot.interact(() -> preview.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!preview.isShowing(), "Esc closes the preview");
    }

    @Test
    void theFirstEscAfterDismissingTheExportBarLeavesTheComparison(FxRobot robot) {
        robot.interact(() -> {
            List<Case> cases = test.state.library().cases();
            test.state.addToComparison(cases.get(0));
            test.state.addToComparison(cases.get(1));
            test.navigator.showComparison();
            test.comparisonActions.status().ended("compare.print.done", 2);
        });
        javafx.scene.control.Button dismiss = robot.lookup(".export-bar .button").queryAll().stream()
                .filter(n -> n instanceof Button b && b.isVisible() && b.getAccessibleText() != null)
                .map(Button.class::cast).reduce((a, b) -> b).orElseThrow();
        robot.clickOn(dismiss);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.caseexplorer.state.Navigator.Screen.CARDS, test.navigator.screen(), "back to the cards at once");
    }
}
