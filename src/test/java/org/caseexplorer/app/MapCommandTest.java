package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.caseexplorer.cli.CommandLine;
import org.caseexplorer.cli.MapCommand;
import org.caseexplorer.export.ExportLanguage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-map}: exit codes, the file written or none at all. */
class MapCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String stdout, String stderr) {
    }

    private static Run run(String... args) throws Exception {
        CommandLine line = CommandLine.parse(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MapCommand.run(line.map().orElseThrow(), line.library(), line.language().orElse(ExportLanguage.EN),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void writesAnSvgInBothLanguages() throws Exception {
        Path out = dir.resolve("map.svg");
        Run run = run("--export-map", "--out", out.toString(), "--lang", "both");
        assertEquals(0, run.code(), run.stderr());
        String svg = Files.readString(out);
        assertTrue(svg.contains(">Xiaomi<") && svg.contains(">小米<"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        assertEquals(List.of(out), files(), "no temporary file left");
    }

    @Test
    void writesAPng() throws Exception {
        Path out = dir.resolve("map.PNG");
        Run run = run("--export-map", "--out", out.toString(), "--lang", "zh");
        assertEquals(0, run.code(), run.stderr());
        assertTrue(ImageIO.read(out.toFile()).getWidth() > 500);
    }

    @Test
    void anotherEndingIsRefusedAndNothingIsWritten() throws Exception {
        Run run = run("--export-map", "--out", dir.resolve("map.pdf").toString());
        assertEquals(2, run.code());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().contains(".svg or .png"), run.stderr());
        assertEquals(List.of(), files());
    }

    @Test
    void aMissingFolderIsRefusedWithItsName() throws Exception {
        Run run = run("--export-map", "--out", dir.resolve("nowhere/map.svg").toString());
        assertEquals(2, run.code());
        assertTrue(run.stderr().contains("the folder " + dir.resolve("nowhere") + " does not exist"), run.stderr());
        assertEquals(List.of(), files());
    }

    @Test
    void aFolderAsTheOutputIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("x.svg"));
        Run run = run("--export-map", "--out", folder.toString());
        assertEquals(2, run.code());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aLibraryThatIsNotAFolderIsRefused() throws Exception {
        Run run = run("--export-map", "--out", dir.resolve("m.svg").toString(), "--library", dir.resolve("none").toString());
        assertEquals(2, run.code());
        assertTrue(run.stderr().startsWith("case-explorer: --library:"), run.stderr());
        assertFalse(Files.exists(dir.resolve("m.svg")));
    }

    @Test
    void theCommandLineSaysWhatIsMissingOrWrong() {
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(List.of("--export-map")));
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse(List.of("--export-map", "--out", "m.svg", "--format", "pdf")));
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse(List.of("--export-map", "--export-comparison", "a,b", "--out", "m.svg")));
    }

    /** The real launcher, as a process with no display: exit 0 and the file. */
    @Tag("slow") // starts the app as a process
    @Test
    void theLauncherWritesTheMapWithoutADisplay() throws Exception {
        Path out = dir.resolve("map.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Duser.home=" + dir,
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--export-map", "--out", out.toString(), "--lang", "zh");
        builder.environment().remove("DISPLAY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.startsWith("wrote "), output);
        assertTrue(Files.size(out) > 10_000);
    }

    @Test
    void theOptionalLanguageDefaultsToEnglish() throws Exception {
        Path out = dir.resolve("map.svg");
        assertEquals(0, run("--export-map", "--out", out.toString()).code());
        assertTrue(Files.readString(out).contains("xml:lang=\"en\""));
        assertEquals(Optional.empty(), CommandLine.parse(List.of("--export-map", "--out", "m.svg")).language());
    }
}
