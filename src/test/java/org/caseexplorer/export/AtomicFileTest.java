package org.caseexplorer.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.nio.file.attribute.PosixFilePermissions;
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
        assertEquals("disk full", failure.getMessage());
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
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("a-folder").resolve("out.pdf")));
    }
}
