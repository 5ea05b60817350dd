package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in a library folder that are not plain files, or that never end: each is reported and
 * the rest of the library, the built-in cases included, still loads, and quickly. FIFOs and
 * links are made in temporary folders; no test touches a real device.
 */
class SpecialFilesTest {

    private static final Duration QUICK = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private final LibraryLoader loader = new LibraryLoader();

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, process.waitFor(), "mkfifo " + path);
    }

    /** A valid user case, {@link SixQuoteCase}, with this id. */
    private static String validCase(String id) {
        return SixQuoteCase.text(id);
    }

    private Library builtIn() {
        return loader.load(BuiltInLibrary.folder(), Optional.empty());
    }

    private Library load() {
        return assertTimeoutPreemptively(QUICK, () -> loader.open(Optional.of(dir)));
    }

    private static Problem problemOf(Library library, String fileName) {
        List<Problem> found = library.problems().stream().filter(p -> p.file().endsWith("/" + fileName)).toList();
        assertEquals(1, found.size(), () -> fileName + " in " + library.problems());
        return found.get(0);
    }

    @Test
    void aNamedPipeCalledLikeACaseFileIsRefusedWithoutWaitingAndTheRestLoads() throws Exception {
        mkfifo(dir.resolve("x.json"));
        Files.writeString(dir.resolve("good.json"), validCase("good"));
        Library library = load();
        assertEquals("is a named pipe (FIFO), not a regular file; only regular files are read",
                problemOf(library, "x.json").message());
        assertTrue(library.caseById("good").isPresent());
        assertTrue(library.caseById("xiaomi").isPresent(), "the built-in cases load too");
    }

    @Test
    void aLinkOutOfTheFolderIsRefusedBeforeItIsOpenedSoAnEndlessTargetCannotExhaustMemory() throws Exception {
        // Stands in for z.json -> /dev/zero: a target outside the folder that would never end.
        Path endless = elsewhere.resolve("endless");
        mkfifo(endless);
        Files.createSymbolicLink(dir.resolve("z.json"), endless);
        Files.writeString(dir.resolve("good.json"), validCase("good"));
        Library library = load();
        assertTrue(problemOf(library, "z.json").message().contains("leads outside the library folder"));
        assertTrue(library.caseById("good").isPresent());
        assertEquals(builtIn().cases().size() + 1, library.cases().size());
    }

    @Test
    void aLinkInsideTheFolderToSomethingThatIsNotAFileIsRefusedForWhatItPointsTo() throws Exception {
        mkfifo(dir.resolve("pipe"));
        Files.createSymbolicLink(dir.resolve("p.json"), dir.resolve("pipe"));
        assertEquals("is a link to a named pipe (FIFO), not a regular file; only regular files are read",
                problemOf(load(), "p.json").message());
    }

    @Test
    void aLinkToARegularFileInsideTheFolderIsReadLikeTheFileItself() throws IOException {
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/mine.txt"), validCase("mine"));
        Files.createSymbolicLink(dir.resolve("mine.json"), Path.of("drafts/mine.txt"));
        Library library = load();
        assertEquals(List.of(UncheckedNotes.TESLA_COPY), library.problems().stream().map(Problem::message).toList());
        assertTrue(library.caseById("mine").isPresent());
    }

    @Test
    void aLinkToARegularFileOutsideTheFolderIsRefusedLikeAnImageLinkOutOfIt() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("shared.json"), validCase("shared"));
        Files.createSymbolicLink(dir.resolve("shared.json"), outside);
        Library library = load();
        assertTrue(problemOf(library, "shared.json").message().contains("leads outside the library folder"));
        assertFalse(library.caseById("shared").isPresent());
    }

    @Test
    void aLinkThatLeadsNowhereAndAFolderNamedLikeACaseAreReported() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("missing.json"));
        Files.createDirectory(dir.resolve("folder.json"));
        Library library = load();
        assertEquals("is a link to a file that does not exist", problemOf(library, "gone.json").message());
        assertTrue(problemOf(library, "folder.json").message().startsWith("is a folder, not a regular file"));
    }

    @Test
    void aPrinciplesFileThatIsANamedPipeIsRefusedAndTheBuiltInPrinciplesStay() throws Exception {
        mkfifo(dir.resolve(LibraryLoader.PRINCIPLES_FILE));
        Library library = load();
        assertTrue(problemOf(library, LibraryLoader.PRINCIPLES_FILE).message().contains("named pipe"));
        assertEquals(builtIn().principles().size(), library.principles().size());
    }

    @Test
    void aFileSwappedForANamedPipeAfterItsCheckIsRefusedInsteadOfWaitingInOpenForever() throws Exception {
        // What the check saw was a file; what open finds is a FIFO no one writes to.
        Path pipe = dir.resolve("swapped.json");
        mkfifo(pipe);

        LibraryFile.Refused refused = assertTimeoutPreemptively(QUICK, () -> assertThrows(LibraryFile.Refused.class,
                () -> LibraryFile.openChecked(pipe, 10, 1000, Duration.ofMillis(300))));

        assertEquals(ProblemKind.READ_TIMED_OUT, refused.kind());
        assertTrue(refused.getMessage().startsWith("could not be read within 300 ms"), refused.getMessage());
        // The stuck open was freed through the pipe's write end: no thread still waits in it.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (stuckInOpen() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(stuckInOpen(), "a thread still waits to open the pipe");
        // And a regular file opens as before, through the same path.
        Path file = dir.resolve("plain.json");
        Files.writeString(file, "{}");
        try (LibraryFile in = LibraryFile.openChecked(file, 2, 1000, Duration.ofSeconds(5))) {
            assertEquals("{}", new String(in.readAll(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static boolean stuckInOpen() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("library-open"))
                .anyMatch(e -> java.util.Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getMethodName().startsWith("open") && f.getClassName().contains("FileChannel")
                                || f.getMethodName().equals("open0")));
    }

    @Test
    void aReadThatOutlivesItsDeadlineIsCutOff() throws Exception {
        // A writer that sends a little and then never closes: the read would wait forever.
        Path pipe = dir.resolve("slow");
        mkfifo(pipe);
        CountDownLatch done = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write("{\"id\":".getBytes());
                out.flush();
                done.await();
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            LibraryFile.Refused refused = assertTimeoutPreemptively(QUICK, () -> assertThrows(LibraryFile.Refused.class,
                    () -> {
                        try (LibraryFile file = LibraryFile.openChecked(pipe, 0, 1000, Duration.ofMillis(300))) {
                            file.readAll();
                        }
                    }));
            assertTrue(refused.getMessage().startsWith("could not be read within 300 ms"), refused.getMessage());
        } finally {
            done.countDown();
        }
    }

    @Test
    void aFileThatTurnsOutLargerThanItsSizeSaidIsStoppedAtTheLimit() throws Exception {
        // A file that reports size 0 and goes on (as a device would): bytes past the limit are never kept.
        Path pipe = dir.resolve("long");
        mkfifo(pipe);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write(new byte[5000]);
            } catch (IOException e) {
                // the reader stopped reading; that is the point
            }
        });
        writer.setDaemon(true);
        writer.start();
        LibraryFile.Refused refused = assertTimeoutPreemptively(QUICK, () -> assertThrows(LibraryFile.Refused.class,
                () -> {
                    try (LibraryFile file = LibraryFile.openChecked(pipe, 0, 1000, Duration.ofSeconds(10))) {
                        file.readAll();
                    }
                }));
        assertTrue(refused.getMessage().contains("larger than"), refused.getMessage());
    }

    @Test
    void aFileOneByteOverTheLimitSaysSoInBytesNotAsFiveMegabytesOverFive() throws IOException {
        Files.write(dir.resolve("over.json"), new byte[(int) JsonFileReader.MAX_FILE_BYTES + 1]);
        assertEquals("the file is 5,242,881 bytes; it may be at most 5 MB (5,242,880 bytes)",
                problemOf(load(), "over.json").message());
    }

    @Test
    void fileNamesWithLineBreaksTabsAndBidiOverridesPrintOnOneVisibleLine() throws IOException {
        Files.writeString(dir.resolve("a\nb\tc\u202Egnp.json"), "{");
        Problem problem = load().problems().get(0);
        String line = problem.format();
        assertFalse(line.contains("\n") || line.contains("\t") || line.contains("\u202E"), line);
        assertTrue(line.contains("a\\nb\\tc\\u202Egnp.json:1:2: "), line);
    }
}
