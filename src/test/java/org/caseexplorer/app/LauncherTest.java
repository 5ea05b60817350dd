package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.cli.CommandLine;
import org.caseexplorer.cli.ValidateCommand;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(Path folder) {
        return ValidateCommand.run(folder, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateACleanFolderExitsZeroAndCountsItsCasesWithTheBuiltInOnes() throws IOException {
        writeValidCase(dir, "mine");
        assertEquals(0, validate(dir));
        Library builtIn = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        assertTrue(output().contains((builtIn.cases().size() + 1) + " cases (1 from this folder, the rest built in), "
                + builtIn.principles().size() + " principles, 0 problems"), output());
    }

    static void writeValidCase(Path folder, String id) throws IOException {
        CaseFileBuilder.aCase(id).writeTo(folder);
    }

    @Test
    void validateAFolderWithProblemsExitsOneAndPrintsFileLineColumn() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{\n  \"id\": 12\n}");
        assertEquals(1, validate(dir));
        String first = output().lines().findFirst().orElseThrow();
        assertTrue(first.matches(".*bad\\.json:\\d+:\\d+: .*"), first);
        assertFalse(output().contains("Exception"), output());
    }

    @Test
    void validateAFileWithoutPositionUsesFileColonMessage() throws IOException {
        // Refused for its size before it is read, so there is no line to point at.
        Files.write(dir.resolve("huge.json"), new byte[6 * 1024 * 1024]);
        assertEquals(1, validate(dir));
        assertTrue(output().lines().anyMatch(l -> l.matches(".*huge\\.json: the file is 6\\.0 MB.*")), output());
    }

    @Test
    void validateSomethingThatIsNotAFolderIsAUsageErrorThatSaysWhy() throws Exception {
        assertEquals(2, validate(dir.resolve("missing")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing does not exist"), err.toString(StandardCharsets.UTF_8));
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals(2, validate(file));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("plain.txt is a file, not a folder"));
    }

    @Test
    void hiddenFilesAreNotCases() throws Exception {
        Files.writeString(dir.resolve("._resource-fork.json"), "\u0000\u0005binary");
        Files.writeString(dir.resolve(".hidden.json"), "{}");
        assertEquals(0, validate(dir), output());
    }

    private int launch(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, launch("--frobnicate"));
        assertEquals(2, launch("--validate"));
        assertEquals(2, launch("--lang", "fr"));
    }

    @Test
    void aUsageErrorIsOneLineOnStderrNotTheWholeHelp() {
        assertEquals(2, launch("--exprot-case", "xiaomi", "--out", "x.pdf"));
        assertEquals(List.of("case-explorer: unknown option --exprot-case; did you mean --export-case? Try --help."),
                err.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals("", output());
    }

    @Test
    void helpGoesToStdoutWithExitZeroEvenBesideAMistake() {
        assertEquals(0, launch("--help"));
        assertEquals(CommandLine.USAGE, output().strip());
        out.reset();
        assertEquals(0, launch("--frobnicate", "-h"));
        assertEquals(CommandLine.USAGE, output().strip());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpFromTheInstalledLauncherNamesThatCommand() {
        String before = System.getProperty("jpackage.app-path");
        try {
            System.setProperty("jpackage.app-path", "/opt/case-explorer/bin/case-explorer");
            assertEquals(0, launch("--help"));
            assertTrue(output().startsWith("Usage: case-explorer [options]"), output());
            assertFalse(output().contains("java -jar"), output());
        } finally {
            if (before == null) {
                System.clearProperty("jpackage.app-path");
            } else {
                System.setProperty("jpackage.app-path", before);
            }
        }
    }

    @Test
    void aPrincipleHandoutOfAnAbbreviationSaysWhichIdItMeant() {
        assertEquals(2, launch("--export-principle", "wom", "--out", dir.resolve("p.md").toString()));
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.startsWith("case-explorer: unknown principle 'wom'. Did you mean 'word-of-mouth'"
                + " (Word of mouth \u00B7 口碑)? The principles are: "), line);
        assertTrue(line.endsWith("word-of-mouth; for the principles of a folder of your own, add --library DIR"), line);
        assertFalse(Files.exists(dir.resolve("p.md")));
    }

    @Test
    void principlesPrintsTheIdsAndExitsZero() {
        assertEquals(0, launch("--principles"));
        assertTrue(output().lines().anyMatch(l -> l.matches("word-of-mouth +Word of mouth \u00B7 口碑")), output());
    }

    @Test
    void commandLineParsesEveryOption() throws CommandLine.UsageException {
        CommandLine line = CommandLine.parse(List.of("--library", "lib", "--lang", "zh"));
        assertEquals(Path.of("lib"), line.library().orElseThrow());
        assertEquals(Lang.ZH, line.lang().orElseThrow());
        assertTrue(CommandLine.parse(List.of("--help")).help());
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(List.of("--library")));
    }

    @Tag("slow") // starts the launcher as a process
    @Test
    void validateRunsAsAProcessWithTheRightExitCodes() throws Exception {
        Path clean = Files.createDirectory(dir.resolve("clean"));
        writeValidCase(clean, "mine");
        Files.writeString(dir.resolve("bad.json"), "[");
        assertEquals(0, runJava("--validate", clean.toString()));
        assertEquals(1, runJava("--validate", dir.toString()));
        assertEquals(2, runJava("--validate"));
    }

    @Tag("slow") // starts the launcher as a process
    @Test
    void validateAFolderWithANamedPipeAndALinkToAnEndlessFileEndsInSecondsWithExitOneAndNoStackTrace()
            throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path lib = Files.createDirectory(dir.resolve("lib"));
        SpecialFiles.mkfifo(lib.resolve("x.json"));
        SpecialFiles.mkfifo(elsewhere.resolve("endless"));
        Files.createSymbolicLink(lib.resolve("z.json"), elsewhere.resolve("endless"));
        writeValidCase(lib, "mine");
        int code = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> runJava("--validate", lib.toString()));
        assertEquals(1, code);
    }

    private static int runJava(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
        return code;
    }

    @Test
    void validateWithLangZhSaysEveryMessageInChineseAndKeepsTheFrameForScripts() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{\n  \"id\": 12\n}");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            // The desktop's language does not change --validate's words; --lang zh does.
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
            assertEquals(1, Launcher.run(new String[] {"--validate", dir.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
            String english = output();
            assertTrue(english.lines().allMatch(l -> l.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) || l.contains(dir.toString())), english);
            assertTrue(english.contains("(none from this folder, the rest built in)"), english);
            out.reset();
            assertEquals(1, Launcher.run(new String[] {"--validate", dir.toString(), "--lang", "zh"},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        } finally {
            java.util.Locale.setDefault(before);
        }
        List<String> chinese = output().lines().toList();
        String first = chinese.get(0);
        assertTrue(first.matches(".*bad\\.json:\\d+:\\d+: .*"), "the frame stays: " + first);
        String message = first.substring(first.indexOf(": ", first.indexOf("bad.json")) + 2);
        assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the message is Chinese: " + first);
        assertTrue(chinese.get(chinese.size() - 1).contains("个案例（其中 0 个来自此文件夹，其余为内置案例）"), chinese.toString());
        assertTrue(chinese.stream().noneMatch(l -> l.contains("expected") || l.contains("should be")), chinese.toString());
    }
}
