package org.caseexplorer.authoring;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.savedviews.SavedView;
import org.caseexplorer.savedviews.SavedViews;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of the library's that is a link leading out of it ({@code sources/}, {@code views/},
 * {@code .drafts/}, {@code .history/<id>/}): nothing is read from it or written to it. The
 * library itself may be reached through a link (a Documents folder that is one).
 */
class LinksOutOfTheLibraryTest {

    @TempDir
    Path dir;

    private Path library() throws IOException {
        return Files.createDirectories(dir.resolve("library"));
    }

    private Path outside(String text) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("passwd"), text);
        return outside;
    }

    @Test
    void schemasAreNeverWrittenThroughALinkNorReadFromAPipeAndNotAtAllOnOpening() throws Exception {
        // schema/ a link to someone else's folder: its files stay theirs.
        Path linked = library();
        Path theirs = Files.createDirectories(dir.resolve("theirs"));
        Files.writeString(theirs.resolve("case.schema.json"), "THEIRS");
        Files.createSymbolicLink(linked.resolve(UserLibrary.SCHEMA_FOLDER), theirs);
        UserLibrary one = new UserLibrary(linked, java.time.Clock.systemUTC());
        one.save(CaseDocument.parse(CaseFileBuilder.aCase("nio").json().getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
        assertEquals("THEIRS", Files.readString(theirs.resolve("case.schema.json")));
        assertEquals(List.of("case.schema.json"), Files.list(theirs).map(p -> p.getFileName().toString()).toList());

        // One schema file a link out, another a FIFO: neither followed nor opened, the save done.
        Path other = Files.createDirectories(dir.resolve("other"));
        Path schemas = Files.createDirectories(other.resolve(UserLibrary.SCHEMA_FOLDER));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "VICTIM");
        Files.createSymbolicLink(schemas.resolve("case.schema.json"), victim);
        Process mkfifo = new ProcessBuilder("mkfifo", schemas.resolve("principles.schema.json").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        UserLibrary two = new UserLibrary(other, java.time.Clock.systemUTC());
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> two.save(CaseDocument.parse(CaseFileBuilder.aCase("nio").json().getBytes(java.nio.charset.StandardCharsets.UTF_8)), null));
        assertEquals("VICTIM", Files.readString(victim));
        assertTrue(Files.isRegularFile(other.resolve("nio.json")));
        assertTrue(Files.isRegularFile(schemas.resolve("sources.schema.json")), "the one regular place is written");
    }

    @Test
    void openingALibraryInTheWindowWritesNothing() throws Exception {
        Path library = library();
        CaseFileBuilder.aCase("fine").writeTo(library);
        var authoring = new org.caseexplorer.authoring.ui.AuthoringViewModel(() -> Optional.of(library),
                () -> new LibraryLoader().open(Optional.of(library)), new LibraryLoader(), () -> { },
                org.caseexplorer.state.TaskExecutor.inline(), java.time.Clock.systemUTC(), System::nanoTime);
        authoring.recoveries(); // what the window asks of a library it opens
        authoring.library().orElseThrow();
        assertEquals(List.of("fine.json"), Files.list(library).map(p -> p.getFileName().toString()).toList(),
                "no schema/ folder, nothing else: schemas come with the first save");
    }

    @Test
    void aSourcesFolderLinkedOutsideIsNotRead() throws Exception {
        Path library = library();
        Files.createSymbolicLink(library.resolve("sources"), outside("root:x:0:0:root:/root:/bin/bash\n"));
        Files.writeString(library.resolve("sources.json"), "{ \"sources\": [ { \"id\": \"s1\", \"title\": "
                + "{ \"en\": \"An article\", \"zh\": \"一篇文章\" }, \"text\": \"sources/passwd\" } ] }\n");
        CaseFileBuilder.aCase("fine").writeTo(library);
        Library loaded = new LibraryLoader().open(Optional.of(library));
        assertTrue(loaded.sourceText("s1").isEmpty(), "the text outside is not the source's");
        assertTrue(loaded.problems().stream().anyMatch(p -> p.kind() == ProblemKind.SOURCE_TEXT_UNUSABLE
                && p.format().contains("outside")), loaded.problems().toString());
        assertFalse(loaded.problems().stream().anyMatch(p -> p.format().contains("root:x")), "no line of it is printed");
    }

    @Test
    void draftsHistoryAndViewsLinkedOutsideAreNeitherReadNorWritten() throws Exception {
        Path library = library();
        Path outside = outside("x");
        UserLibrary user = UserLibrary.create(library, Clock.systemUTC());
        Files.createSymbolicLink(library.resolve(DraftStore.FOLDER), outside);
        Files.createDirectories(library.resolve(CaseHistory.FOLDER));
        Files.createSymbolicLink(library.resolve(CaseHistory.FOLDER).resolve("nio"), outside);
        Files.createSymbolicLink(library.resolve(SavedViews.FOLDER), outside);

        DraftStore drafts = new DraftStore(library);
        assertThrows(IOException.class, () -> drafts.keep(new DraftStore.Draft("k", "", "",
                CaseDocument.of(CaseFileBuilder.aCase("nio").tree()))), "no draft written outside");
        assertEquals(List.of(), drafts.drafts(), "none read from outside");
        user.save(CaseDocument.of(CaseFileBuilder.aCase("nio").tree()), null);
        assertThrows(IOException.class, () -> user.save(CaseDocument.of(CaseFileBuilder.aCase("nio")
                .set("/summary/en", "Changed.").tree()), "nio"), "no version kept outside");
        assertThrows(IOException.class, () -> new SavedViews().save(library, new SavedView("Week 3",
                org.caseexplorer.filter.CaseFilter.NONE, org.caseexplorer.comparison.ComparisonChoice.NONE, null)));
        try (var left = Files.list(outside)) {
            assertEquals(List.of("passwd"), left.map(p -> p.getFileName().toString()).toList(), "nothing written outside");
        }
        Library loaded = new LibraryLoader().open(Optional.of(library));
        assertTrue(new SavedViews().load(library, loaded).views().isEmpty());
    }

    @Test
    void aHistoryFolderLinkedOutsideGetsNoFolderMadeThroughIt() throws Exception {
        Path library = library();
        Path outside = outside("x");
        UserLibrary user = UserLibrary.create(library, Clock.systemUTC());
        Files.createSymbolicLink(library.resolve(CaseHistory.FOLDER), outside);
        Files.createSymbolicLink(library.resolve(EditLocks.FOLDER), outside);
        user.save(CaseDocument.of(CaseFileBuilder.aCase("nio").tree()), null);
        assertThrows(IOException.class, () -> user.save(CaseDocument.of(CaseFileBuilder.aCase("nio")
                .set("/summary/en", "Changed.").tree()), "nio"));
        assertThrows(IOException.class, () -> user.locks().claim("nio"));
        try (var left = Files.list(outside)) {
            assertEquals(List.of("passwd"), left.map(p -> p.getFileName().toString()).toList(),
                    "not even an empty folder made outside");
        }
    }

    @Test
    void aLibraryReachedThroughALinkIsFine() throws Exception {
        Path real = library();
        Path documents = Files.createSymbolicLink(dir.resolve("Documents"), real);
        UserLibrary user = UserLibrary.create(documents, Clock.systemUTC());
        user.save(CaseDocument.of(CaseFileBuilder.aCase("nio").tree()), null);
        user.save(CaseDocument.of(CaseFileBuilder.aCase("nio").set("/summary/en", "Changed.").tree()), "nio");
        assertEquals(1, user.history().versions("nio").size(), "the version before is kept");
        new DraftStore(documents).keep(new DraftStore.Draft("k", "", "", CaseDocument.of(CaseFileBuilder.aCase("x").tree())));
        assertEquals(1, new DraftStore(documents).drafts().size());
    }
}
