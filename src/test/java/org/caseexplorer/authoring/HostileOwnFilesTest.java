package org.caseexplorer.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files put in the app's own folders ({@code .drafts/}, {@code .history/<id>/}) by someone else:
 * a FIFO, which blocks whoever opens it, and a file of 3 GB, which would run the app out of
 * memory. Each is skipped or refused; nothing hangs, and the rest still works. The bound on
 * each call only catches a hang: a pass takes milliseconds.
 */
class HostileOwnFilesTest {

    private static final Duration HANG = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private static void fifo(Path path) throws Exception {
        Files.createDirectories(path.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo " + path);
        assertTrue(Files.exists(path) && !Files.isRegularFile(path), "a FIFO at " + path);
    }

    private static void sparse(Path path, long size) throws IOException {
        Files.createDirectories(path.getParent());
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(size);
        }
    }

    private static CaseDocument aCase(String id) throws IOException {
        return CaseDocument.of(CaseFileBuilder.aCase(id).tree());
    }

    private DraftStore.Draft draft(String key, String editedId) throws IOException {
        return new DraftStore.Draft(key, editedId, "", aCase("draft-" + key));
    }

    @Test
    void aFifoAHugeFileAndADraftWithABadIdInDraftsHideNoGoodDraft() throws Exception {
        DraftStore drafts = new DraftStore(folder);
        drafts.keep(draft("a-good", ""));
        drafts.keep(draft("c-bad-id", "../../etc/passwd"));
        fifo(folder.resolve(DraftStore.FOLDER).resolve("b-fifo.json"));
        sparse(folder.resolve(DraftStore.FOLDER).resolve("b-huge.json"), 3L << 30);

        List<DraftStore.Draft> found = assertTimeoutPreemptively(HANG, drafts::drafts, "a FIFO is never opened");
        assertEquals(List.of("a-good", "c-bad-id"), found.stream().map(DraftStore.Draft::key).toList(),
                "the FIFO and the 3 GB file are skipped");
        UserLibrary library = UserLibrary.create(folder, Clock.systemUTC());
        assertTrue(library.fileEditedBy(found.get(1)).isEmpty(), "a draft naming no case file edits nothing");
    }

    @Test
    void aFifoOrAHugeFileAsTheNewestVersionDoesNotStopASave() throws Exception {
        UserLibrary library = UserLibrary.create(folder, Clock.systemUTC());
        library.save(aCase("nio"), null);
        Path versions = folder.resolve(CaseHistory.FOLDER).resolve("nio");
        fifo(versions.resolve("29991231T000000.000Z.json"));
        assertTimeoutPreemptively(HANG, () -> library.save(aCase("nio").withText("/summary/en", "Changed."), "nio"),
                "the save keeps the old file in the history without opening the FIFO");
        assertTrue(Files.readString(library.fileOf("nio")).contains("Changed."));

        Files.delete(versions.resolve("29991231T000000.000Z.json"));
        sparse(versions.resolve("29991231T000000.000Z.json"), 3L << 30);
        assertTimeoutPreemptively(HANG, () -> library.save(aCase("nio").withText("/summary/en", "Again."), "nio"),
                "a 3 GB version is not read into memory");
        assertTrue(Files.readString(library.fileOf("nio")).contains("Again."));
        assertTrue(library.history().versions("nio").stream().anyMatch(v -> {
            try {
                return new String(v.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("Changed.");
            } catch (IOException e) {
                return false;
            }
        }), "the version before is kept");
    }

    @Test
    void aCaseFileOfThreeGigabytesIsRefusedNotRead() throws Exception {
        UserLibrary library = UserLibrary.create(folder, Clock.systemUTC());
        sparse(library.fileOf("huge"), 3L << 30);
        IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> library.read("huge"));
        assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "it says why");
    }
}
