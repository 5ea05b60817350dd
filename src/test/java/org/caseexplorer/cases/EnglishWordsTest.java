package org.caseexplorer.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseexplorer.cases.io.BrokenLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem of {@link BrokenLibraries}, printed as {@code --validate} prints it, is the line
 * recorded in {@value #RECORDED} when the words were still written out in the code: words that
 * come from a bundle now read exactly as they did, to the character. Run with
 * {@code -Dcaseexplorer.recordWords=true} to write the file again (only ever on purpose).
 */
class EnglishWordsTest {

    static final String RECORDED = "src/test/resources/org/caseexplorer/cases/english-words.txt";

    @TempDir
    Path dir;

    /** Each scenario's lines, by name, in order. */
    private Map<String, List<String>> printed() throws Exception {
        Map<String, List<String>> printed = new LinkedHashMap<>();
        int n = 0;
        for (BrokenLibraries.Scenario scenario : BrokenLibraries.all()) {
            Path folder = Files.createDirectories(dir.resolve("s" + n++));
            printed.put(Printable.escape(scenario.name()),
                    scenario.maker().problems(folder).stream().map(Problem::format).toList());
        }
        return printed;
    }

    private static String text(Map<String, List<String>> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach((name, printed) -> {
            text.append("## ").append(name).append('\n');
            printed.forEach(line -> text.append(line).append('\n'));
        });
        return text.toString();
    }

    @Test
    void everyProblemReadsAsItDidWhenItsWordsWereWrittenInTheCode() throws Exception {
        String now = text(printed());
        Path recorded = Path.of(RECORDED);
        if (Boolean.getBoolean("caseexplorer.recordWords")) {
            Files.createDirectories(recorded.getParent());
            Files.writeString(recorded, now, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(recorded, StandardCharsets.UTF_8), now);
    }

    /** The recording is not empty talk: each scenario found something. */
    @Test
    void everyScenarioRecordedFindsAProblem() throws IOException {
        String recorded = Files.readString(Path.of(RECORDED), StandardCharsets.UTF_8);
        for (String section : recorded.split("(?m)^## ")) {
            if (!section.isEmpty()) {
                assertEquals(true, section.strip().contains("\n"), () -> "nothing found for " + section);
            }
        }
    }
}
