package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.caseexplorer.cases.Case;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In a 1024×640 window no English word is broken across two lines: the window's texts wrap at
 * spaces, and where a word is wider than its room the layout gives it the room. Measured on the
 * laid-out texts themselves: a word whose range spans two line boxes is broken.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class NoBrokenWordsWindowTest {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’]{2,}");
    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/words-test-" + System.nanoTime());
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = new TestWindow(node, Runnable::run);
        test.showOn(stage);
        stage.setWidth(1024);
        stage.setHeight(640);
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        test.close();
        node.removeNode();
    }

    @Test
    void noEnglishWordBreaksInTheDetailPaneTheCardsOrTheComparison(FxRobot robot) {
        List<String> broken = new ArrayList<>();
        int[] words = new int[1];
        for (Case c : test.state.library().cases()) {
            robot.interact(() -> test.state.select(c));
            check(robot, "case " + c.id(), broken, words);
        }
        // The detail pane dragged down to a sliver: its words get the room they need (it scrolls), not a break.
        robot.interact(() -> {
            javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) test.window.getScene().getRoot()
                    .lookup(".split-pane");
            split.setDividerPositions(0.25, 0.82);
        });
        for (Case c : test.state.library().cases()) {
            robot.interact(() -> test.state.select(c));
            check(robot, "narrow case " + c.id(), broken, words);
        }
        robot.interact(() -> {
            test.state.library().cases().stream().limit(5).forEach(test.state::addToComparison);
            test.navigator.showComparison();
        });
        check(robot, "comparison", broken, words);
        assertTrue(words[0] > 2000, "the words of five cases and the comparison were measured: " + words[0]);
        assertEquals(List.of(), broken, "words broken across lines at 1024×640");
    }

    private void check(FxRobot robot, String where, List<String> broken, int[] words) {
        robot.interact(() -> {
            Parent root = test.window.getScene().getRoot();
            root.applyCss();
            root.layout();
            walk(root, where, broken, words);
        });
    }

    private void walk(Node n, String where, List<String> broken, int[] words) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof TextFlow flow) {
            StringBuilder all = new StringBuilder();
            flow.getChildren().stream().filter(c -> c instanceof Text && c.isManaged()).forEach(c -> all.append(((Text) c).getText()));
            measure(all.toString(), flow::rangeShape, where, broken, words);
            return;
        }
        if (n instanceof Text text && text.getWrappingWidth() > 0) {
            measure(text.getText(), text::rangeShape, where, broken, words);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> walk(child, where, broken, words));
        }
    }

    private interface Shape {
        PathElement[] of(int start, int end);
    }

    private static void measure(String text, Shape shape, String where, List<String> broken, int[] words) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words[0]++;
            PathElement[] parts = shape.of(m.start(), m.end());
            TreeSet<Long> lines = new TreeSet<>();
            // A box per line the word is on: their tops (each MoveTo) tell the lines apart.
            for (PathElement e : parts) {
                if (e instanceof MoveTo move) {
                    lines.add(Math.round(move.getY()));
                }
            }
            if (lines.size() > 1) {
                broken.add(where + ": \"" + m.group() + "\" in \"" + abbreviate(text) + "\"");
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
