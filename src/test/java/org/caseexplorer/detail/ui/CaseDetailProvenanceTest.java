package org.caseexplorer.detail.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.AppState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each quote in the detail pane says whether it was found in its source's text, in both languages. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives a real window (TestFX)
class CaseDetailProvenanceTest {

    @TempDir
    static Path dir;

    private final AppState state = new AppState();
    private final Messages messages = new Messages(Lang.EN);
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/article.txt"), "小米的參與感，來自用戶。\n雷軍說：「專注、極致、口碑、快。」\n");
        Files.writeString(dir.resolve("sources.json"), """
                { "sources": [ { "id": "my-article", "title": { "zh": "我的文章" }, "text": "sources/article.txt" } ] }
                """);
        Files.writeString(dir.resolve("my-case.json"), """
                {
                  "id": "my-case",
                  "name": { "zh": "我的案例" },
                  "industry": { "zh": "手机" },
                  "tagline": { "zh": "粉丝" },
                  "summary": { "zh": "一个案例。" },
                  "accent": "#336699",
                  "links": [
                    { "principle": "participation", "strength": 2,
                      "explanation": { "zh": "粉丝参与。" },
                      "evidence": [
                        { "source": "my-article", "quote": "小米的參與感，來自用戶。" },
                        { "source": "my-article", "quote": "小米的参与感" },
                        { "source": "my-article", "quote": "小米的參與感來自粉絲" },
                        { "source": "tesla-rise", "quote": "口碑" }
                      ] }
                  ]
                }
                """);
        state.finishLoading(AppState.LoadedLibrary.of(new LibraryLoader().open(Optional.of(dir))));
        stage.setScene(new Scene(new CaseDetailPane(state, new org.caseexplorer.state.Navigator(state, () -> false), messages,
                org.caseexplorer.state.TaskExecutor.inline(), uri -> { }, opened::add), 420, 800));
        stage.show();
    }

    private List<Label> badges(FxRobot robot) {
        return robot.lookup(".quote-verdict").queryAllAs(Label.class).stream()
                .sorted(java.util.Comparator.comparingDouble(l -> l.localToScene(0, 0).getY())).toList();
    }

    @Test
    void eachQuoteShowsItsVerdictWithWordsTooltipTextAndAStyle(FxRobot robot) {
        robot.interact(() -> state.select(state.library().caseById("my-case").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> badges = badges(robot);
        assertEquals(List.of("Verified", "Found in another form", "Not in the source", "Unchecked"),
                badges.stream().map(Label::getText).toList());
        assertTrue(badges.get(0).getStyleClass().contains("quote-verdict-verified"));
        assertTrue(badges.get(2).getStyleClass().contains("quote-verdict-not-found"));
        assertTrue(badges.get(1).getAccessibleText().contains("The source has it as 「小米的參與感」"),
                badges.get(1).getAccessibleText());
        assertTrue(badges.get(2).getAccessibleText().contains("The closest passage there is 「小米的參與感，來自用戶」"),
                badges.get(2).getAccessibleText());
        assertTrue(badges.get(3).getAccessibleText().contains("no text of this source"));
    }

    @Test
    void theVerdictsFollowTheLanguage(FxRobot robot) {
        robot.interact(() -> {
            state.select(state.library().caseById("my-case").orElseThrow());
            messages.langProperty().set(Lang.ZH);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("已核对", "原文字形不同", "原文中没有", "未核对"),
                badges(robot).stream().map(Label::getText).toList());
    }

    @Test
    void aChineseOnlyCaseIsTaggedInTheEnglishWindowAndHasNoSubtitle(FxRobot robot) {
        robot.interact(() -> state.select(state.library().caseById("my-case").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Label tag = robot.lookup(".language-tag").queryAs(Label.class);
        assertEquals("中文", tag.getText());
        assertEquals("Written in Chinese only", tag.getAccessibleText());
        assertTrue(!robot.lookup(".detail-subtitle").query().isVisible());
    }

    @Test
    void readSourceShowsOnlyForASourceWithATextAndOpensIt(FxRobot robot) {
        robot.interact(() -> state.select(state.library().caseById("my-case").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> links = List.copyOf(robot.lookup(".read-source").queryAll());
        assertEquals(3, links.size(), "three quotes cite the article with a text; tesla-rise has none");
        robot.interact(() -> ((Hyperlink) links.get(0)).fire());
        assertEquals(List.of("my-article"), opened);
    }
}
