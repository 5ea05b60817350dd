package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary files of atomic writes: never read as cases, and cleaned up once no write owns them. */
class PartFilesTest {

    private static final Instant NOW = Instant.now();
    private static final long OURS = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    /** A process id that was running a moment ago and is not now. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("sh", "-c", "exit 0").start();
        process.waitFor();
        long pid = process.pid();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the process has ended");
        return pid;
    }

    private Path file(String name, Duration age) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"id\": \"half-writ");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    @Test
    void aPartFileOfAProcessThatIsGoneIsRemovedEvenWhenFresh() throws Exception {
        Path left = file(".xiaomi.json.pid" + deadPid() + ".123456789.part", Duration.ZERO);
        Path inHistory = file(".history/xiaomi/.3.json.pid" + deadPid() + ".42.part", Duration.ZERO);
        assertEquals(List.of(inHistory, left).stream().sorted().toList(),
                PartFiles.removeLeftovers(dir, NOW).stream().sorted().toList());
        assertFalse(Files.exists(left));
        assertFalse(Files.exists(inHistory));
    }

    @Test
    void aPartFileOfALiveWriterIsKeptUntilNoWriteCouldTakeThatLong() throws Exception {
        Path fresh = file(".xiaomi.json.pid" + OURS + ".1.part", Duration.ofHours(2));
        assertEquals(List.of(), PartFiles.removeLeftovers(dir, NOW));
        assertTrue(Files.exists(fresh));
        // Older than a day, the process id has surely been given to another process since.
        Files.setLastModifiedTime(fresh, FileTime.from(NOW.minus(Duration.ofDays(2))));
        assertEquals(List.of(fresh), PartFiles.removeLeftovers(dir, NOW));
    }

    @Test
    void aPartFileNamedWithoutAProcessIsRemovedOnlyOnceItIsOlderThanAMinute() throws IOException {
        Path young = file(".tesla.json.8765.part", Duration.ofSeconds(20));
        Path old = file(".haidilao.json.4321.part", Duration.ofMinutes(2));
        assertEquals(List.of(old), PartFiles.removeLeftovers(dir, NOW));
        assertTrue(Files.exists(young));
    }

    @Test
    void nothingButAPartFileIsEverRemovedHoweverOldOrLikeOne() throws Exception {
        Duration old = Duration.ofDays(30);
        List<Path> kept = List.of(file("xiaomi.json", old), file(".hidden.json", old), file("notes.part", old),
                file("xiaomi.part.json", old), file(".xiaomi.json.part", old), file("sources/article.txt", old),
                file("xiaomi.json.pid1.1.part", old), file(".xiaomi.json.1.partial", old));
        Path target = file("target.json", old);
        Path link = Files.createSymbolicLink(dir.resolve(".link.json.pid" + deadPid() + ".1.part"), target);
        assertEquals(List.of(), PartFiles.removeLeftovers(dir, NOW));
        kept.forEach(p -> assertTrue(Files.exists(p), p.toString()));
        assertTrue(Files.isSymbolicLink(link), "a link is not a part file, whatever its name");
        assertTrue(Files.exists(target));
    }

    @Test
    void aFolderThatIsNotThereIsLeftAlone() {
        assertEquals(List.of(), PartFiles.removeLeftovers(dir.resolve("missing"), NOW));
    }

    @Test
    void theLoaderReadsNoPartFileAsACase() throws Exception {
        file(".mine.json.pid" + OURS + ".77.part", Duration.ZERO);
        file(".mine.json.99.part", Duration.ZERO);
        Library library = new LibraryLoader().open(Optional.of(dir));
        assertEquals(List.of(), library.problems());
        assertEquals(new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty()).cases().size(),
                library.cases().size(), "the built-in cases only");
        assertTrue(LibraryLoader.caseFiles(dir).isEmpty());
    }

    @Test
    void thePrefixNamesThisProcessSoItsWritesAreKnownAsLive() {
        String name = PartFiles.prefix(Path.of("lib", "xiaomi.json")) + "123" + PartFiles.SUFFIX;
        assertEquals(".xiaomi.json.pid" + OURS + ".123.part", name);
        assertTrue(PartFiles.isPartFile(name));
        assertEquals(OURS, PartFiles.writer(name).orElseThrow());
    }
}
