package org.caseexplorer.authoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, deleting and restoring in the user's library, and the history each keeps. */
class UserLibraryTest {

    @TempDir
    Path folder;

    private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.addAndGet(1000));
        }
    };

    static CaseDocument sample(String id, String summary) throws IOException {
        return CaseDocument.of(CaseFileBuilder.aCase(id).set("/summary/en", summary).tree());
    }

    @Test
    void createWritesTheSchemasSoTheSchemaReferenceResolvesInTheFolder() throws IOException {
        UserLibrary library = UserLibrary.create(folder.resolve("Case Explorer"), clock);
        library.save(sample("nio", "v1"), null);
        Path referenced = library.folder().resolve(CaseJson.SCHEMA_REFERENCE);
        assertTrue(Files.isRegularFile(referenced));
        assertArrayEquals(Files.readAllBytes(Path.of("cases/schema/case.schema.json")), Files.readAllBytes(referenced));
        assertTrue(Files.readString(library.fileOf("nio")).contains("\"$schema\": \"" + CaseJson.SCHEMA_REFERENCE + "\""));
    }

    @Test
    void savingTheSameBytesAgainWritesNothingAndKeepsNoVersion() throws IOException {
        UserLibrary library = UserLibrary.create(folder, clock);
        library.save(sample("nio", "v1"), null);
        Files.setLastModifiedTime(library.fileOf("nio"), FileTime.fromMillis(0));
        library.save(sample("nio", "v1"), null);
        assertEquals(0, Files.getLastModifiedTime(library.fileOf("nio")).toMillis(), "the file was not rewritten");
        assertTrue(library.history().versions("nio").isEmpty());
    }

    @Test
    void overwritingKeepsThePreviousVersionAndRestoreBringsItBack() throws IOException {
        UserLibrary library = UserLibrary.create(folder, clock);
        library.save(sample("nio", "v1"), null);
        library.save(sample("nio", "v2"), null);
        List<CaseHistory.Version> versions = library.history().versions("nio");
        assertEquals(1, versions.size());
        assertEquals("v1", versions.get(0).document().text("/summary/en"));
        library.restore(versions.get(0));
        assertEquals("v1", CaseDocument.parse(library.read("nio").orElseThrow()).text("/summary/en"));
        assertEquals("v2", library.history().versions("nio").get(0).document().text("/summary/en"),
                "the restore kept the version it replaced");
    }

    @Test
    void historyKeepsTheLastTwentyNewestFirst() throws IOException {
        UserLibrary library = UserLibrary.create(folder, clock);
        for (int i = 0; i < 25; i++) {
            library.save(sample("nio", "v" + i), null);
        }
        List<CaseHistory.Version> versions = library.history().versions("nio");
        assertEquals(CaseHistory.KEEP, versions.size());
        assertEquals("v23", versions.get(0).document().text("/summary/en"));
        assertEquals("v4", versions.get(19).document().text("/summary/en"));
    }

    @Test
    void aBrokenFileIsKeptAsItsBytesAndAnEmptyOneIsNot() throws IOException {
        UserLibrary library = UserLibrary.create(folder, clock);
        library.save(sample("nio", "good"), null);
        library.save(sample("nio", "better"), null);
        Files.write(library.fileOf("nio"), new byte[0]);
        library.save(sample("nio", "best"), null);
        Files.writeString(library.fileOf("nio"), "{\"id\": \"ni", StandardCharsets.UTF_8);
        library.save(sample("nio", "last"), null);
        List<CaseHistory.Version> versions = library.history().versions("nio");
        assertEquals(2, versions.size(), "the broken file and the readable one, not the empty one: " + versions);
        assertFalse(versions.get(0).readable());
        assertEquals("{\"id\": \"ni", new String(versions.get(0).bytes(), StandardCharsets.UTF_8));
        assertTrue(versions.get(1).readable());
        assertEquals("good", versions.get(1).document().text("/summary/en"));
        assertFalse(library.history().keep("nio", "   \n".getBytes(StandardCharsets.UTF_8)), "white space only");

        // Restoring the broken one puts its bytes back exactly; the file it replaces is kept first.
        library.restore(versions.get(0));
        assertEquals("{\"id\": \"ni", Files.readString(library.fileOf("nio")));
        assertEquals("last", library.history().versions("nio").get(0).document().text("/summary/en"));
    }

    @Test
    void deleteKeepsTheFileInTheHistoryAndUndoRestoresIt() throws IOException {
        UserLibrary library = UserLibrary.create(folder, clock);
        library.save(sample("nio", "v1"), null);
        byte[] before = library.read("nio").orElseThrow();
        assertTrue(library.delete("nio"));
        assertFalse(Files.exists(library.fileOf("nio")));
        library.restore(library.history().versions("nio").get(0));
        assertArrayEquals(before, library.read("nio").orElseThrow());
    }

    @Test
    void renamingASavedCaseMovesTheOldFileToTheHistory() throws IOException {
        UserLibrary library = UserLibrary.create(folder, clock);
        library.save(sample("nio", "v1"), null);
        library.save(sample("nio-inc", "v1"), "nio");
        assertFalse(Files.exists(library.fileOf("nio")));
        assertTrue(Files.exists(library.fileOf("nio-inc")));
        assertEquals(1, library.history().versions("nio").size());
    }

    @Test
    void anIdThatCouldLeaveTheFolderIsRefused() {
        UserLibrary library = new UserLibrary(folder, clock);
        assertThrows(IllegalArgumentException.class, () -> library.fileOf("../etc"));
        assertThrows(IllegalArgumentException.class, () -> library.history().versions("a/b"));
    }

    @Test
    void aCopiedPictureLandsInImagesUnderAFreeName() throws IOException {
        UserLibrary library = UserLibrary.create(folder.resolve("lib"), clock);
        Path a = Files.write(Files.createDirectories(folder.resolve("a")).resolve("Logo 1.PNG"), new byte[] {1});
        Path b = Files.write(Files.createDirectories(folder.resolve("b")).resolve("logo 1.png"), new byte[] {2});
        assertEquals("images/logo-1.png", library.copyPicture(a));
        assertEquals("images/logo-1.png", library.copyPicture(a), "the same picture again is not copied twice");
        assertEquals("images/logo-1-2.png", library.copyPicture(b), "another picture of that name is not overwritten");
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(library.folder().resolve("images/logo-1.png")));
    }

    @Test
    void draftsAreKeptListedAndDiscarded() throws IOException {
        DraftStore drafts = new DraftStore(folder);
        assertTrue(drafts.drafts().isEmpty());
        drafts.keep(new DraftStore.Draft("nio", "nio", "abc", sample("nio", "unsaved")));
        Files.writeString(folder.resolve(DraftStore.FOLDER).resolve("broken.json"), "{\"case\": {");
        List<DraftStore.Draft> kept = drafts.drafts();
        assertEquals(1, kept.size());
        assertEquals("unsaved", kept.get(0).document().text("/summary/en"));
        assertEquals("abc", kept.get(0).baseHash());
        drafts.discard("nio");
        assertTrue(drafts.drafts().isEmpty());
    }
}
