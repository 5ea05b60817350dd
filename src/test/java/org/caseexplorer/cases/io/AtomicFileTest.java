package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all, and an existing one survives a failed write. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.pdf");
        AtomicFile.write(target, out -> out.write("complete".getBytes(StandardCharsets.UTF_8)));
        assertEquals("complete", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailurePartWayLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("out.pdf");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target + ": disk full", failure.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void aFailureOrCancellationNeverReplacesAnExistingFile() throws IOException {
        Path target = dir.resolve("handout.pdf");
        Files.writeString(target, "the old handout");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IOException("renderer failed");
        }));
        assertThrows(CancellationException.class, () -> AtomicFile.write(target, out -> {
            out.write(2);
            throw new CancellationException("cancelled");
        }));
        assertEquals("the old handout", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aCompletedWriteReplacesTheFile() throws IOException {
        Path target = dir.resolve("handout.pdf");
        Files.writeString(target, "old");
        AtomicFile.write(target, out -> out.write(new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path fresh = dir.resolve("fresh.pdf");
        AtomicFile.write(fresh, out -> out.write(1));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        Path kept = dir.resolve("kept.pdf");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(kept, out -> out.write(2));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    }

    @Test
    void anUnwritableTargetNamesThePathAndTheReason() throws IOException {
        Path missingFolder = dir.resolve("no-such-folder").resolve("out.pdf");
        IOException e = assertThrows(AtomicFile.UnwritableException.class,
                () -> AtomicFile.write(missingFolder, out -> out.write(1)));
        assertTrue(e.getMessage().contains(missingFolder.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());

        Files.createDirectory(dir.resolve("a-folder"));
        e = assertThrows(AtomicFile.UnwritableException.class,
                () -> AtomicFile.write(dir.resolve("a-folder"), out -> out.write(1)));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());

        Files.writeString(dir.resolve("a-file"), "x");
        e = assertThrows(AtomicFile.UnwritableException.class,
                () -> AtomicFile.write(dir.resolve("a-file").resolve("out.pdf"), out -> out.write(1)));
        assertTrue(e.getMessage().endsWith("a-file is a file, not a folder"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("a-folder").resolve("out.pdf")));
    }

    @Test
    void aFullDiskOrAFileSizeLimitIsUnwritableAndNamesThePath() {
        Path target = dir.resolve("out.pdf");
        AtomicFile.UnwritableException e = assertThrows(AtomicFile.UnwritableException.class,
                () -> AtomicFile.write(target, out -> {
                    throw new IOException("File too large");
                }));
        assertEquals("cannot write " + target + ": File too large", e.getMessage());
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsFileWhichIsReplacedAtomicallyAndTheLinkStays() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path real = Files.writeString(elsewhere.resolve("handout.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("elsewhere/handout.md"));
        AtomicFile.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertEquals(List.of(real), left.toList(), "no temporary file left beside the file");
        }
    }

    @Test
    void aLinkToANameNotThereYetMakesThatFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), dir.resolve("new.md"));
        AtomicFile.write(link, out -> out.write("made".getBytes(StandardCharsets.UTF_8)));
        assertEquals("made", Files.readString(dir.resolve("new.md")));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aNamedPipeOrALinkToOneIsRefusedBeforeAnythingIsWritten() throws Exception {
        // Stands in for /dev/full and other special files: never replaced, never opened.
        Path pipe = dir.resolve("pipe.pdf");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), pipe);
        AtomicFile.UnwritableException direct = assertThrows(AtomicFile.UnwritableException.class,
                () -> AtomicFile.write(pipe, out -> out.write(1)));
        assertEquals("cannot write " + pipe + ": it is a named pipe (FIFO), not a regular file; only a regular file"
                + " or a new name can be written", direct.getMessage());
        AtomicFile.UnwritableException through = assertThrows(AtomicFile.UnwritableException.class,
                () -> AtomicFile.write(link, out -> out.write(1)));
        assertTrue(through.getMessage().contains("it leads to a named pipe (FIFO)"), through.getMessage());
        assertFalse(Files.isRegularFile(pipe), "the pipe is still a pipe");
        assertEquals(2, files().size());
    }

    @Test
    void aPathUnderAFileSaysThatFileIsNoFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        AtomicFile.UnwritableException e = assertThrows(AtomicFile.UnwritableException.class,
                () -> AtomicFile.write(file.resolve("sub").resolve("x.pdf"), out -> out.write(1)));
        assertEquals("cannot write " + file.resolve("sub").resolve("x.pdf") + ": " + file + " is a file, not a folder",
                e.getMessage());
    }

    @Test
    void aFolderThatExistsButTakesNoNewFilesIsNotCalledMissing() {
        // What creating a file in /proc gives: "no such file" for a folder that is there.
        Path target = dir.resolve("x.pdf");
        String message = AtomicFile.unwritable(target, dir, new java.nio.file.NoSuchFileException(target.toString()))
                .getMessage();
        assertFalse(message.contains("does not exist"), message);
        assertEquals("cannot write " + target + ": no new file can be made in " + dir, message);
    }

    @Test
    void aNameWithALineBreakIsPrintedOnOneLine() {
        Path target = dir.resolve("a\nb").resolve("x.pdf");
        AtomicFile.UnwritableException e = assertThrows(AtomicFile.UnwritableException.class,
                () -> AtomicFile.write(target, out -> out.write(1)));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("a\\nb"), e.getMessage());
    }

    @Test
    void theTemporaryFileIsNamedWithThisProcessSoACleanupWhileItIsWrittenKeepsIt() throws IOException {
        Path target = dir.resolve("mine.json");
        List<Path> seen = new java.util.ArrayList<>();
        AtomicFile.write(target, out -> {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(seen::add);
            }
            // Another window opening the library now must not take the write from under us.
            assertEquals(List.of(), org.caseexplorer.cases.io.PartFiles.removeLeftovers(dir, java.time.Instant.now()));
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals(1, seen.size(), seen::toString);
        String name = seen.get(0).getFileName().toString();
        assertTrue(name.startsWith(".mine.json.pid" + ProcessHandle.current().pid() + ".") && name.endsWith(".part"), name);
        assertEquals("{}", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no part file is left once the write is done");
        }
    }
}
