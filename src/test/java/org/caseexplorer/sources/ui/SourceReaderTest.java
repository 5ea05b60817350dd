package org.caseexplorer.sources.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.sources.EvidenceQuote;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The source reader finds words in either script and hands on a passage exactly as the source has it. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives a real window (TestFX)
class SourceReaderTest {

    static final String TEXT = "第一節\n小米的參與感，來自用戶。\n參與感是小米的核心。\n";

    private final List<EvidenceQuote> used = new ArrayList<>();
    private SourceReader reader;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        reader = new SourceReader("my-article", "我的文章", TEXT, new Messages(Lang.EN), used::add);
        stage.setScene(new Scene(reader, 500, 400));
        stage.show();
    }

    @Test
    void aSimplifiedSearchFindsTheTraditionalTextAndSelectsTheFirstMatch(FxRobot robot) {
        robot.interact(() -> robot.lookup("#source-search").queryAs(TextField.class).setText("参与感"));
        assertEquals(2, reader.matches().size());
        TextArea text = robot.lookup("#source-text").queryAs(TextArea.class);
        assertEquals("參與感", text.getSelectedText());
        assertEquals("1 of 2", robot.lookup("#source-matches").queryAs(Label.class).getText());
    }

    @Test
    void useAsEvidenceHandsOnTheSelectedPassageAsTheSourceHasIt(FxRobot robot) {
        TextArea text = robot.lookup("#source-text").queryAs(TextArea.class);
        Button use = robot.lookup("#source-use").queryAs(Button.class);
        assertTrue(use.isDisabled(), "nothing selected yet");
        int start = TEXT.indexOf("小米的參與感");
        // a selection dragged past the line end: the line break is left off, nothing inside changes
        robot.interact(() -> text.selectRange(start, TEXT.indexOf("參與感是")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(use::fire);
        assertEquals(List.of(new EvidenceQuote("my-article", "小米的參與感，來自用戶。")), used);
    }

    @Test
    void aSearchWithNoMatchSelectsNothing(FxRobot robot) {
        robot.interact(() -> robot.lookup("#source-search").queryAs(TextField.class).setText("特斯拉"));
        assertTrue(reader.matches().isEmpty());
        assertEquals("", robot.lookup("#source-text").queryAs(TextArea.class).getSelectedText());
        assertEquals("0 of 0", robot.lookup("#source-matches").queryAs(Label.class).getText());
    }

    @Test
    void escapeClosesTheReaderEvenFromTheSearchField(FxRobot robot) {
        robot.clickOn("#source-search");
        assertTrue(stage.isShowing());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "Esc closes the reader");
    }

    @Test
    void ctrlWClosesTheReader(FxRobot robot) {
        robot.clickOn("#source-text");
        robot.push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "Ctrl+W closes the reader");
    }

    @Test
    void theCloseButtonClosesTheReader(FxRobot robot) {
        Button close = robot.lookup("#source-close").queryAs(Button.class);
        assertEquals("Close", close.getText());
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "the Close button closes the reader");
    }
}
