package org.caseexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --validate prints notes with "note:" and passes (exit 0) when there are only notes. */
class ValidateNotesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int validate() {
        return ValidateCommand.run(dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String chineseOnlyCase(String quote) {
        return """
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
                      "evidence": [ { "source": "my-article", "quote": "%s" } ] }
                  ]
                }
                """.formatted(quote);
    }

    private void library(String quote) throws IOException {
        write("sources/article.txt", "小米的參與感，來自用戶。\n");
        write("sources.json", """
                { "sources": [ { "id": "my-article", "title": { "zh": "我的文章" }, "text": "sources/article.txt" } ] }
                """);
        write("my-case.json", chineseOnlyCase(quote));
    }

    @Test
    void aOneLanguageCaseWithAFoldedQuoteHasOnlyNotesAndPasses() throws IOException {
        library("小米的参与感");
        assertEquals(ValidateCommand.CLEAN, validate(), output());
        String text = output();
        assertTrue(text.contains("my-case.json:3:11: note: name: the case is written in Chinese only;"), text);
        assertTrue(text.contains("my-case.json:11:56: note: links[0].evidence[0].quote: is in the text of source"
                + " 'my-article' (sources/article.txt) only in another form"), text);
        assertTrue(text.contains("the source has it as 「小米的參與感」"), text);
        assertTrue(text.contains(", 0 problems, 2 notes"), text);
    }

    @Test
    void aQuoteNotInItsSourceFailsAtItsLineAndColumn() throws IOException {
        library("小米的参与感来自粉丝");
        assertEquals(ValidateCommand.PROBLEMS, validate(), output());
        String text = output();
        assertTrue(text.contains("my-case.json:11:56: links[0].evidence[0].quote: is not in the text of source"
                + " 'my-article' (sources/article.txt); the closest passage there is 「小米的參與感，來自用戶」"), text);
        assertTrue(text.contains(", 1 problem, 1 note"), text);
    }
}
