package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A path in a case or source file that no file can have (a NUL, half a surrogate pair): the JVM
 * refuses to make it a path at all, and that used to abort the whole load (0 cases, built-ins
 * included, and no FILE:LINE:COL). It is a problem at its value, printed escaped; the rest loads.
 */
class HostilePathsTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "image \"{0}\"")
    @ValueSource(strings = {"a\u0000.png", "pictures/\uD800.png", "\uDC00"})
    void anImagePathNoFileCanHaveIsAProblemAtItsValue(String image) throws Exception {
        // Written as JSON escapes: half a surrogate pair cannot be written as UTF-8 at all.
        Files.writeString(folder.resolve("hostile.json"), CaseFileBuilder.aCase("hostile").image("IMAGE").json()
                .replace("IMAGE", image.replace("\u0000", "\\u0000").replace("\uD800", "\\uD800")
                        .replace("\uDC00", "\\uDC00")));
        CaseFileBuilder.aCase("fine").writeTo(folder);
        Library library = new LibraryLoader().open(Optional.of(folder));
        int builtIn = new LibraryLoader().open(Optional.empty()).cases().size();
        assertEquals(builtIn + 2, library.cases().size(), "every case loads, the built-in ones too");
        Problem problem = library.problems().stream().filter(p -> p.kind() == ProblemKind.IMAGE_NOT_RELATIVE)
                .findFirst().orElseThrow(() -> new AssertionError(library.problems().toString()));
        assertTrue(problem.file().endsWith("hostile.json"), problem.format());
        assertTrue(problem.line() > 0, "at its line: " + problem.format());
        assertEquals("/image", problem.pointer());
        assertFalse(problem.format().chars().anyMatch(c -> c == 0 || Character.isSurrogate((char) c)),
                "printed escaped: " + problem.format());
    }

    @ParameterizedTest(name = "text \"{0}\"")
    @ValueSource(strings = {"sources/a\u0000.txt", "sources/\uD800.txt"})
    void aSourceTextPathNoFileCanHaveIsAProblemAtItsValue(String text) throws Exception {
        Files.writeString(folder.resolve("sources.json"), "{ \"sources\": [ { \"id\": \"s1\", \"title\": "
                + "{ \"en\": \"An article\", \"zh\": \"一篇文章\" }, \"text\": \""
                + text.replace("\u0000", "\\u0000").replace("\uD800", "\\uD800") + "\" } ] }\n");
        CaseFileBuilder.aCase("fine").writeTo(folder);
        Library library = new LibraryLoader().open(Optional.of(folder));
        assertTrue(library.caseById("fine").isPresent(), "the cases load: " + library.problems());
        List<Problem> unusable = library.problems().stream().filter(p -> p.kind() == ProblemKind.SOURCE_TEXT_UNUSABLE)
                .toList();
        assertEquals(1, unusable.size(), library.problems().toString());
        assertTrue(unusable.get(0).file().endsWith("sources.json") && unusable.get(0).line() > 0, unusable.get(0).format());
        assertFalse(unusable.get(0).format().chars().anyMatch(c -> c == 0 || Character.isSurrogate((char) c)),
                "printed escaped: " + unusable.get(0).format());
    }
}
