package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseexplorer.cli.CommandLine;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.Paper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-comparison} as a real process: no window, exit codes, nothing left behind. */
@Tag("slow") // starts the app as a process, many times
class ExportCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String stdout, String stderr) {
    }

    private static Run run(String... args) throws Exception {
        return runWithin(List.of(), args);
    }

    /** Runs the launcher, behind {@code prefix} (e.g. a shell that sets a limit) when it is given. */
    private static Run runWithin(List<String> prefix, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(prefix);
        // A home of its own: the user's saved settings (the author's name) stay out of the tests.
        Path home = Files.createTempDirectory("export-home");
        command.addAll(List.of(java, "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY"); // needs no display
        Path err = Files.createTempFile("export-err", ".txt");
        Process process = builder.redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        String stderr = Files.readString(err);
        Files.delete(err);
        return new Run(code, out, stderr);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void aHandoutsAuthorIsTheAppOrTheNameGivenNeverTheLoginName() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        Path named = dir.resolve("named.pdf");
        assertEquals(0, run("--export-comparison", "xiaomi,tesla", "--out", plain.toString()).code());
        assertEquals(0, run("--export-comparison", "xiaomi,tesla", "--out", named.toString(),
                "--author", "Dr. Wang").code());
        try (PDDocument pdf = Loader.loadPDF(plain.toFile())) {
            assertEquals("Case Explorer", pdf.getDocumentInformation().getAuthor());
        }
        try (PDDocument pdf = Loader.loadPDF(named.toFile())) {
            assertEquals("Dr. Wang", pdf.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void aLibraryWithOnlyNotesExportsWithoutSpeakingOfProblemsAndABrokenFileIsCountedAsOne() throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        // Written in Chinese only: a note in --validate, nothing wrong.
        Files.writeString(library.resolve("my-case.json"), org.caseexplorer.cases.io.OneLanguageCaseTest.chineseOnly());
        Path out = dir.resolve("out.pdf");
        Run notesOnly = run("--export-comparison", "my-case,xiaomi", "--library", library.toString(),
                "--out", out.toString());
        assertEquals(0, notesOnly.code(), notesOnly.stderr());
        assertFalse(notesOnly.stderr().contains("problem"), notesOnly.stderr());
        Files.writeString(library.resolve("broken.json"), "{ not json");
        Run withProblem = run("--export-comparison", "my-case,xiaomi", "--library", library.toString(),
                "--out", dir.resolve("again.pdf").toString());
        assertEquals(0, withProblem.code(), withProblem.stderr());
        assertTrue(withProblem.stderr().contains("the library has 1 problem; --validate lists them"),
                withProblem.stderr());
    }

    @Test
    void exportsAPdfInBothLanguagesWithoutADisplayAndExitsZero() throws Exception {
        Path out = dir.resolve("comparison.pdf");
        Run run = run("--export-comparison", "xiaomi,tesla,haidilao", "--out", out.toString(), "--lang", "both");
        assertEquals(0, run.code(), run.stderr());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Xiaomi 小米") && text.contains("Haidilao 海底捞"));
        }
        assertEquals(List.of(out), files());
    }

    @Test
    void theFormatFollowsTheFileNameOrTheOption() throws Exception {
        Path md = dir.resolve("table.md");
        assertEquals(0, run("--export-comparison", "xiaomi,tesla", "--out", md.toString(), "--lang", "zh").code());
        assertTrue(Files.readString(md).startsWith("# 案例比较"));
        Path csv = dir.resolve("table.txt");
        assertEquals(0, run("--export-comparison", "xiaomi,tesla", "--out", csv.toString(), "--format", "csv").code());
        assertTrue(Files.readString(csv).startsWith("\uFEFFid,Principle,"));
    }

    @Test
    void anUnknownCaseIsExitTwoWithAOneLineMessageAndNoFile() throws Exception {
        Run run = run("--export-comparison", "xiaomi,nokia", "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, run.code());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().contains("unknown case id 'nokia'"), run.stderr());
        assertEquals(List.of(), files());
    }

    @Test
    void fewerThanTwoOrMoreThanFiveCasesIsExitTwo() throws Exception {
        Run one = run("--export-comparison", "xiaomi", "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, one.code());
        assertTrue(one.stderr().contains("2 to 5 cases, not 1"), one.stderr());
        Run six = run("--export-comparison", "xiaomi,tesla,haidilao,ganqishi,xiaotimes,xiaomi",
                "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, six.code());
        assertEquals(1, six.stderr().lines().count(), six.stderr());
        assertEquals(List.of(), files());
    }

    @Test
    void anUnwritablePathIsExitTwoNamingThePath() throws Exception {
        Path target = dir.resolve("missing").resolve("x.pdf");
        Run run = run("--export-comparison", "xiaomi,tesla", "--out", target.toString());
        assertEquals(2, run.code());
        assertTrue(run.stderr().contains(target.toString()) && run.stderr().contains("does not exist"), run.stderr());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertEquals(List.of(), files());
    }

    @Test
    void anExistingFileIsKeptWhenTheExportIsRefused() throws Exception {
        Path target = dir.resolve("old.pdf");
        Files.writeString(target, "old");
        assertEquals(2, run("--export-comparison", "xiaomi,unknown", "--out", target.toString()).code());
        assertEquals("old", Files.readString(target));
    }

    @Test
    void parsesTheExportOptions() throws CommandLine.UsageException {
        CommandLine line = CommandLine.parse(List.of("--export-comparison", "xiaomi, tesla", "--out", "a.pdf",
                "--lang", "both", "--format", "md", "--paper", "letter", "--library", "lib"));
        CommandLine.Export export = line.export().orElseThrow();
        assertEquals(List.of("xiaomi", "tesla"), export.caseIds());
        assertEquals(Path.of("a.pdf"), export.out());
        assertEquals(ExportFormat.MARKDOWN, export.format().orElseThrow());
        assertEquals(Paper.LETTER, export.paper());
        assertEquals(ExportLanguage.BOTH, line.language().orElseThrow());
        assertEquals(Path.of("lib"), line.library().orElseThrow());
    }

    @Test
    void exportOptionsWithoutTheirCommandOrWithBadValuesAreUsageErrors() {
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(List.of("--export-comparison", "a,b")));
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(List.of("--out", "a.pdf")));
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(List.of("--lang", "both")));
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(
                List.of("--export-comparison", "a,b", "--out", "x", "--format", "docx")));
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(
                List.of("--export-comparison", "a,b", "--out", "x", "--paper", "a3")));
        assertEquals(2, Launcher.run(new String[] {"--export-comparison", "a,b", "--out", "x", "--lang", "fr"}));
        assertFalse(CommandLine.USAGE.isBlank());
    }

    @Test
    void aNameWithAnEndingOfNoFormatOursIsRefusedUnlessTheFormatIsGiven() throws Exception {
        Run run = run("--export-comparison", "xiaomi,tesla", "--out", dir.resolve("x.docx").toString());
        assertEquals(2, run.code());
        assertEquals("case-explorer: cannot tell the format from the name x.docx; end it in .pdf, .xlsx, .csv or .md,"
                + " or give --format", run.stderr().strip());
        assertEquals(List.of(), files());
        assertEquals(0, run("--export-comparison", "xiaomi,tesla", "--out", dir.resolve("x.docx").toString(),
                "--format", "md").code());
        assertTrue(Files.readString(dir.resolve("x.docx")).startsWith("# "));
    }

    @Test
    void anXlsxNameWritesAWorkbook() throws Exception {
        Path xlsx = dir.resolve("table.xlsx");
        assertEquals(0, run("--export-comparison", "xiaomi,tesla", "--out", xlsx.toString(), "--lang", "zh").code());
        byte[] start = Arrays.copyOf(Files.readAllBytes(xlsx), 2);
        assertEquals("PK", new String(start, StandardCharsets.US_ASCII), "a zip, as .xlsx is");
    }

    @Test
    void aNamedPipeStandingInForADeviceIsRefusedWithExitTwoAndLeftAsItIs() throws Exception {
        Path pipe = dir.resolve("full.pdf");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run("--export-comparison", "xiaomi,tesla", "--out", pipe.toString()));
        assertEquals(2, run.code());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().contains("it is a named pipe (FIFO), not a regular file"), run.stderr());
        assertFalse(Files.isRegularFile(pipe));
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("shared")).resolve("handout.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("handout.md"), real);
        assertEquals(0, run("--export-comparison", "xiaomi,tesla", "--out", link.toString()).code());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("# Comparison of cases"));
    }

    @Test
    void aFileSizeLimitMidWriteNamesThePathAndExitsTwoLeavingNothing() throws Exception {
        // ulimit -f stands in for a full disk: the write fails with "File too large" part-way.
        Path target = dir.resolve("big.pdf");
        Run run = runWithin(List.of("bash", "-c", "ulimit -f 16; exec \"$0\" \"$@\""),
                "--export-comparison", "xiaomi,tesla,haidilao", "--out", target.toString());
        assertEquals(2, run.code(), run.stderr());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().contains("cannot write " + target + ": File too large"), run.stderr());
        assertEquals(List.of(), files());
    }

    // --export-case and --export-principle: the handouts, through the same launcher.

    @Test
    void aCaseHandoutIsWrittenAsAPdfAndAPrincipleHandoutAsMarkdownExitZero() throws Exception {
        Path pdf = dir.resolve("xiaomi.pdf");
        Run run = run("--export-case", "xiaomi", "--out", pdf.toString(), "--lang", "both", "--author", "Dr. Wang");
        assertEquals(0, run.code(), run.stderr());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals("Dr. Wang", document.getDocumentInformation().getAuthor());
            assertTrue(new PDFTextStripper().getText(document).contains("Xiaomi 小米"));
        }
        Path md = dir.resolve("user-thinking.md");
        assertEquals(0, run("--export-principle", "user-thinking", "--out", md.toString(), "--lang", "zh").code());
        assertTrue(Files.readString(md).startsWith("# 用户思维\n"), Files.readString(md));
        Path plain = dir.resolve("handout");
        assertEquals(0, run("--export-principle", "iteration", "--out", plain.toString()).code());
        assertTrue(Files.readString(plain, StandardCharsets.ISO_8859_1).startsWith("%PDF"), "no ending: a PDF");
    }

    @Test
    void anUnknownCaseOrPrincipleIsExitTwoNamingItAndTheNearestAndNoFile() throws Exception {
        Run run = run("--export-case", "xiomi", "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, run.code());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().contains("unknown case 'xiomi'") && run.stderr().contains("Did you mean 'xiaomi'?"),
                run.stderr());
        assertTrue(run.stderr().contains("add --library DIR"), "the command line reads a folder only when told: "
                + run.stderr());
        Run principle = run("--export-principle", "xiaomi", "--out", dir.resolve("x.md").toString());
        assertEquals(2, principle.code());
        assertTrue(principle.stderr().contains("unknown principle 'xiaomi'"), principle.stderr());
        assertEquals(List.of(), files());
    }

    @Test
    void aHandoutIsPdfOrMarkdownAndABadPathIsExitTwo() throws Exception {
        Run csv = run("--export-case", "xiaomi", "--out", dir.resolve("x.csv").toString());
        assertEquals(2, csv.code());
        assertEquals("case-explorer: a handout is written as pdf or md, not csv (from the name x.csv)", csv.stderr().strip());
        Run xlsx = run("--export-case", "xiaomi", "--out", dir.resolve("x.pdf").toString(), "--format", "xlsx");
        assertEquals(2, xlsx.code(), xlsx.stderr());
        Run docx = run("--export-principle", "fans", "--out", dir.resolve("x.docx").toString());
        assertEquals(2, docx.code());
        assertTrue(docx.stderr().contains("end it in .pdf or .md"), docx.stderr());
        Path missing = dir.resolve("missing").resolve("x.pdf");
        Run bad = run("--export-case", "xiaomi", "--out", missing.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.stderr().contains(missing.toString()) && bad.stderr().contains("does not exist"), bad.stderr());
        assertEquals(List.of(), files());
    }

    @Test
    void handoutOptionsAreParsedAndMisusedOnesAreUsageErrors() throws CommandLine.UsageException {
        CommandLine line = CommandLine.parse(List.of("--export-principle", "fans", "--out", "f.md", "--paper", "letter"));
        CommandLine.Handout handout = line.handout().orElseThrow();
        assertEquals(org.caseexplorer.export.Handouts.Kind.PRINCIPLE, handout.kind());
        assertEquals("fans", handout.id());
        assertEquals(Paper.LETTER, handout.paper());
        assertTrue(line.export().isEmpty());
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(List.of("--export-case", "xiaomi")));
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(
                List.of("--export-case", "xiaomi", "--export-principle", "fans", "--out", "x.pdf")));
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(
                List.of("--export-case", "xiaomi", "--export-comparison", "xiaomi,tesla", "--out", "x.pdf")));
    }
}
