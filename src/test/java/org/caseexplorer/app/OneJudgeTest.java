package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.cli.ValidateCommand;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.testing.CaseFileBuilder;
import org.caseexplorer.testing.SourcesFileBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --validate DIR} and the window opening DIR give the same answer: the same problems, in
 * the same order, on every library below.
 */
class OneJudgeTest {

    /** Writes one library into a folder. */
    @FunctionalInterface
    interface LibraryMaker {
        void make(Path dir) throws Exception;
    }

    @TempDir
    Path dir;

    private static ObjectNode quote(String words) {
        return CaseFileBuilder.quote(CaseFileBuilder.BUILT_IN_SOURCE, words, null);
    }

    static Stream<Arguments> libraries() {
        return Stream.of(
                Arguments.of("an empty folder", 0, 0, (LibraryMaker) d -> { }),
                Arguments.of("its own sources.json, citing the built-in sources too", 0, 1, (LibraryMaker) d -> {
                    SourcesFileBuilder.sources().source("notes", "Notes", "笔记").writeTo(d);
                    CaseFileBuilder.aCase("mine").writeTo(d);
                }),
                Arguments.of("a case whose id is a built-in case's", 1, 1, (LibraryMaker) d ->
                        CaseFileBuilder.aCase("tesla").writeTo(d, "tesla-copy.json")),
                Arguments.of("a principle whose id is a built-in principle's", 1, 0, (LibraryMaker) d ->
                        Files.writeString(d.resolve("principles.json"), "{\"principles\": [{\"id\": \"brand\","
                                + " \"name\": {\"en\": \"Brand\", \"zh\": \"品牌\"},"
                                + " \"definition\": {\"en\": \"Mine.\", \"zh\": \"我的。\"}}]}")),
                Arguments.of("a broken saved view and one naming an unknown case", 2, 0, (LibraryMaker) d -> {
                    Files.createDirectories(d.resolve("views"));
                    Files.writeString(d.resolve("views/broken.json"), "{\"name\": \"x\",}");
                    Files.writeString(d.resolve("views/lesson.json"), "{\"name\": \"Lesson\", \"compare\": [\"nokia\"]}");
                }),
                Arguments.of("mistakes of every kind", 7, 3, (LibraryMaker) d -> {
                    Files.writeString(d.resolve("broken.json"), "{\"id\": \"x\",}");
                    SpecialFiles.mkfifo(d.resolve("pipe.json"));
                    CaseFileBuilder.aCase("twice").link("brand", 3, quote("一"))
                            .link("brand", 2, quote("二")).writeTo(d);
                    CaseFileBuilder.aCase("typo").link("brnad", 3, quote("一"))
                            .link("user-thinking", 2, quote("二")).writeTo(d);
                    CaseFileBuilder.aCase("Capitals").writeTo(d, "capitals.json");
                    CaseFileBuilder.aCase("english").name("Tesla", "Tesla")
                            .fact("Founded", "成立", "2003", "2003年", 2003, quote(" \n ")).writeTo(d, "english.json");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraries")
    void validateReportsExactlyTheProblemsTheWindowShows(String name, int expected, int notes, LibraryMaker maker)
            throws Exception {
        maker.make(dir);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ValidateCommand.run(dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> validated = printed.subList(0, printed.size() - 1);

        AppState state = new AppState();
        try (LibraryService window = new LibraryService(state, new LibraryLoader(), org.caseexplorer.state.TaskExecutor.inline())) {
            // The side panel reads the saved views whenever the library loads, as in the window.
            new org.caseexplorer.savedviews.ui.SavedViewsViewModel(state, window,
                    new org.caseexplorer.i18n.Messages(org.caseexplorer.cases.Lang.EN));
            window.load(Optional.of(dir)).join();
        }
        List<String> shown = state.problems().stream().map(Problem::format).toList();

        assertEquals(shown, validated);
        // Each case read is noted once: its quotes cite a built-in source, which has no text.
        assertEquals(expected + notes, shown.size(), () -> String.join("\n", shown));
        assertEquals(notes, shown.stream().filter(line -> line.contains(": note: ")).count(),
                () -> String.join("\n", shown));
        assertEquals(expected == 0 ? ValidateCommand.CLEAN : ValidateCommand.PROBLEMS, code);
        assertTrue(state.library().caseById("xiaomi").isPresent(), "the built-in cases are always there");
    }
}
