package org.caseexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.io.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

    @TempDir
    Path dir;

    private static String lineFor(String... args) {
        CommandLine.UsageException e = assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse(List.of(args)));
        return e.line();
    }

    @Test
    void aMistypedOptionIsNamedWithTheOptionItWasMeantToBe() {
        assertEquals("case-explorer: unknown option --exprot-case; did you mean --export-case? Try --help.",
                lineFor("--exprot-case", "xiaomi", "--out", "x.pdf"));
        assertEquals("case-explorer: unknown option --principle; did you mean --principles? Try --help.",
                lineFor("--principle"));
        assertEquals("case-explorer: unknown option -validate; did you mean --validate? Try --help.",
                lineFor("-validate", "dir"));
    }

    @Test
    void anOptionLikeNoOtherIsNamedWithoutAGuess() {
        assertEquals("case-explorer: unknown option --frobnicate. Try --help.", lineFor("--frobnicate"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--validate|case-explorer: --validate needs a value: --validate DIR. Try --help.",
        "--export-case|case-explorer: --export-case needs a value: --export-case ID. Try --help.",
        "--lang fr|case-explorer: --lang takes en, zh or both, not 'fr'. Try --help.",
        "--export-case xiaomi|case-explorer: --export-case needs --out FILE. Try --help.",
        "cases|case-explorer: unexpected argument 'cases': options start with --, and a value follows its option"
            + " (such as --validate DIR). Try --help.",
        "--validate=cases|case-explorer: write --validate and its value as two arguments, not '--validate=cases'."
            + " Try --help.",
        "--principles --validate cases|case-explorer: --principles goes on its own (with --library DIR), not with"
            + " an export or --validate. Try --help.",
    })
    void aWrongOrIncompleteCommandLineGetsOneLineSayingWhatIsWrong(String args, String line) {
        assertEquals(line, lineFor(args.split(" ")));
    }

    @Test
    void helpIsAskedForWhereverItIsEvenBesideAMistake() {
        assertTrue(CommandLine.asksForHelp(List.of("--frobnicate", "--help")));
        assertTrue(CommandLine.asksForHelp(List.of("-h")));
        assertEquals(false, CommandLine.asksForHelp(List.of("--validate", "help")));
    }

    @Test
    void theHelpNamesEveryOption() {
        CommandLine.OPTIONS.forEach(option -> assertTrue(CommandLine.USAGE.contains(option), option));
    }

    @Test
    void principlesListsEveryIdWithItsEnglishAndChineseNameChildrenUnderTheirParent() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = PrinciplesCommand.run(new LibraryLoader(), Optional.empty(),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(15, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches("user-thinking +User thinking \u00B7 用户思维"), lines.get(0));
        assertTrue(lines.get(1).matches("  grassroots +Whoever wins lower- and middle-tier consumers wins the world .*"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.matches("word-of-mouth +Word of mouth \u00B7 口碑")), lines::toString);
        // The names start in one column.
        assertEquals(1, lines.stream().map(l -> l.indexOf(l.strip().split(" +")[1], l.indexOf(l.strip()) + 1))
                .distinct().count(), lines::toString);
        assertTrue(CommandLine.parse(List.of("--principles")).principles());
    }

    @Test
    void principlesWithALibraryListsItsOwnPrinciplesToo() throws IOException {
        Files.writeString(dir.resolve("principles.json"), """
                {"principles": [{"id": "openness", "name": {"en": "Openness", "zh": "开放"},
                  "definition": {"en": "Open, transparent, cooperative.", "zh": "开放、透明、合作。"}}]}""");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, PrinciplesCommand.run(new LibraryLoader(), Optional.of(dir),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().anyMatch(l -> l.matches("openness +Openness \u00B7 开放")),
                out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void principlesOfABrokenPrinciplesFileAreLeftOutAndStderrSaysWhereToLook() throws IOException {
        Files.writeString(dir.resolve("principles.json"), "{\"principles\": [{\"id\": \"openness\",}]}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, PrinciplesCommand.run(new LibraryLoader(), Optional.of(dir),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals(15, out.toString(StandardCharsets.UTF_8).lines().count());
        assertEquals("case-explorer: the library has 1 problem, which may leave principles out; --validate " + dir
                + " lists them", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void principlesWithALibraryThatIsNoFolderIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, PrinciplesCommand.run(new LibraryLoader(), Optional.of(dir.resolve("missing")),
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing does not exist"), err.toString());
    }
}
