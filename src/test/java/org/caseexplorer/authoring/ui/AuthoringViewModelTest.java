package org.caseexplorer.authoring.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.testing.CaseFileBuilder;
import org.caseexplorer.testing.SourcesFileBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's view models without the toolkit: ids, saving, disk changes, library actions and their undo. */
class AuthoringViewModelTest {

    private static final LibraryLoader LOADER = new LibraryLoader();

    @TempDir
    Path folder;

    private Library library;
    private AuthoringViewModel authoring;
    private final AtomicLong nanos = new AtomicLong();

    @BeforeEach
    void setUp() {
        reload();
        authoring = new AuthoringViewModel(() -> Optional.of(folder), () -> library, LOADER, this::reload,
                TaskExecutor.inline(), Clock.systemUTC(), nanos::get);
    }

    private void reload() {
        library = LOADER.open(Optional.of(folder));
    }

    /** Failures of duplicates' saves: none is expected. */
    private final List<Throwable> copySaveFailures = new java.util.ArrayList<>();

    private CaseEditorViewModel duplicate(AuthoringViewModel authoring, Case c) throws IOException {
        return authoring.duplicate(c, copySaveFailures::add);
    }

    @org.junit.jupiter.api.AfterEach
    void noCopyFailedToSave() {
        assertEquals(List.of(), copySaveFailures);
    }

    private Case builtIn(String id) {
        return library.caseById(id).orElseThrow();
    }

    @Test
    void aNewCasesIdFollowsItsEnglishNameUntilTypedAndIsNeverTaken() throws IOException {
        CaseEditorViewModel vm = authoring.newCase();
        vm.setText("/name/en", "Xiaomi");
        assertEquals("xiaomi-2", vm.document().id(), "xiaomi is the built-in case's");
        vm.setText("/name/en", "Nio Inc.");
        assertEquals("nio-inc", vm.document().id());
        vm.setText("/id", "nio");
        vm.setText("/name/en", "NIO");
        assertEquals("nio", vm.document().id(), "an id typed by hand stays");
    }

    @Test
    void aRenameUndoesAsOneStepAndSavingItKeepsTheOldFileInTheHistory() throws IOException {
        CaseEditorViewModel vm = duplicate(authoring, builtIn("xiaomi"));
        for (String typed : List.of("", "o", "ou", "our", "ours")) {
            vm.setText("/id", typed);
        }
        vm.undo();
        assertEquals("xiaomi-2", vm.document().id());
        assertFalse(vm.isDirty());
        vm.redo();
        assertEquals("ours", vm.document().id());
        assertTrue(authoring.save().join());
        assertTrue(Files.isRegularFile(folder.resolve("ours.json")));
        assertFalse(Files.exists(folder.resolve("xiaomi-2.json")));
        assertEquals(1, authoring.versions("xiaomi-2").size(), "the file under the old id, in the history");
        assertEquals("authoring.done.rename", authoring.statusProperty().get());
        vm.undo();
        assertEquals("xiaomi-2", vm.document().id(), "a saved rename is still undone in the editor");
        assertTrue(authoring.save().join());
        assertTrue(Files.isRegularFile(folder.resolve("xiaomi-2.json")));
        assertFalse(Files.exists(folder.resolve("ours.json")));
    }

    @Test
    void aCaseNamedOnlyInChineseIsProposedTheFirstFreeNumberedIdAndATypedIdStays() throws IOException {
        CaseFileBuilder.aCase("case-1").writeTo(folder);
        Files.writeString(folder.resolve("case-2.json"), "{ \"id\": "); // a broken file is still a file
        reload();
        assertTrue(library.caseById("case-1").isPresent());
        CaseEditorViewModel vm = authoring.newCase();
        assertEquals("", vm.document().id(), "nothing to propose before a name");
        vm.setText("/name/zh", "蔚");
        assertEquals("case-3", vm.document().id(), "case-1 is in the library, case-2.json in its folder");
        vm.setText("/name/zh", "蔚来");
        assertEquals("case-3", vm.document().id(), "stays put while the name is typed");
        assertTrue(vm.problemsAt("id").isEmpty(), vm.problemsAt("id").toString());
        vm.setText("/name/en", "Nio");
        assertEquals("nio", vm.document().id(), "an English name, once there, names the id");
        vm.setText("/name/en", "");
        assertEquals("case-3", vm.document().id());

        vm.setText("/id", "weilai");
        vm.setText("/name/zh", "蔚来汽车");
        vm.setText("/name/en", "Nio");
        assertEquals("weilai", vm.document().id(), "an id typed by hand is never replaced");
    }

    @Test
    void aCaseWrittenInChineseOnlyHasNoProblemAtItsEmptyEnglishFieldsAndIsSavedWithoutThem() throws IOException {
        CaseEditorViewModel vm = authoring.newCase();
        vm.setText("/id", "wode");
        for (String field : List.of("name", "industry", "tagline", "summary")) {
            vm.setText("/" + field + "/zh", "我的" + field);
        }
        assertTrue(vm.problems().stream().noneMatch(p -> p.field().endsWith(".en")), vm.problems().toString());
        vm.setText("/name/zh", "");
        assertTrue(vm.problems().stream().anyMatch(p -> p.field().startsWith("name") && !p.isNote()),
                "a text empty in both languages is still a problem: " + vm.problems());
        vm.setText("/name/zh", "我的案例");
        if (vm.validProperty().get()) {
            assertTrue(authoring.save().join());
            String written = Files.readString(folder.resolve("wode.json"));
            assertFalse(written.contains("\"en\": \"\""), written);
            assertTrue(written.contains("\"zh\": \"我的案例\""), written);
        }
    }

    @Test
    void anIncompleteCaseIsNeverWrittenButKeptAsADraft() throws IOException {
        CaseEditorViewModel vm = authoring.newCase();
        vm.setText("/name/en", "Nio");
        assertFalse(vm.validProperty().get());
        assertFalse(authoring.save().join());
        assertFalse(Files.exists(folder.resolve("nio.json")));
        vm.keepDraft();
        assertEquals(1, new org.caseexplorer.authoring.DraftStore(folder).drafts().size());
    }

    @Test
    void duplicateOfABuiltInCaseIsSavedUnderANewIdAndUndoTakesItAway() throws IOException {
        CaseEditorViewModel vm = duplicate(authoring, builtIn("tesla"));
        assertEquals("tesla-2", vm.document().id());
        assertTrue(Files.isRegularFile(folder.resolve("tesla-2.json")));
        assertTrue(authoring.isMine(library.caseById("tesla-2").orElseThrow()));
        assertFalse(authoring.isMine(builtIn("tesla")));
        assertEquals("schema/case.schema.json", vm.document().text("/$schema"));
        // Told apart from its original on the cards and the map.
        assertEquals("Tesla (copy)", vm.document().text("/name/en"));
        assertEquals("特斯拉（副本）", vm.document().text("/name/zh"));
        assertEquals("Tesla (copy)", library.caseById("tesla-2").orElseThrow().name().en());
        authoring.undoLibrary();
        assertFalse(Files.exists(folder.resolve("tesla-2.json")));
        assertEquals(1, authoring.versions("tesla-2").size(), "the undone duplicate is kept in the history");
        authoring.redoLibrary();
        assertTrue(Files.isRegularFile(folder.resolve("tesla-2.json")));
    }

    @Test
    void deleteAsksNothingHereButIsUndoneAndRedone() throws IOException {
        duplicate(authoring, builtIn("haidilao"));
        byte[] bytes = Files.readAllBytes(folder.resolve("haidilao-2.json"));
        authoring.delete(library.caseById("haidilao-2").orElseThrow());
        assertNull(authoring.editor(), "the editor on the deleted case closed");
        assertFalse(Files.exists(folder.resolve("haidilao-2.json")));
        authoring.undoLibrary();
        assertArrayEquals(bytes, Files.readAllBytes(folder.resolve("haidilao-2.json")));
        authoring.redoLibrary();
        assertFalse(Files.exists(folder.resolve("haidilao-2.json")));
        assertThrows(IOException.class, () -> authoring.delete(builtIn("xiaomi")), "built-in cases stay");
    }

    @Test
    void restoringAVersionIsUndoable() throws IOException {
        CaseEditorViewModel vm = duplicate(authoring, builtIn("xiaomi"));
        vm.setText("/summary/en", "Second.");
        assertTrue(authoring.save().join());
        var version = authoring.versions("xiaomi-2").get(0);
        assertEquals("summary.en", authoring.differences(version).get(0).field());
        authoring.restore(version);
        assertEquals(builtIn("xiaomi").summary().en(),
                CaseDocument.parse(Files.readAllBytes(folder.resolve("xiaomi-2.json"))).text("/summary/en"));
        authoring.undoLibrary();
        assertEquals("Second.", CaseDocument.parse(Files.readAllBytes(folder.resolve("xiaomi-2.json")))
                .text("/summary/en"));
    }

    @Test
    void changesOnDiskAreJudgedByContentNotByTime() throws IOException {
        CaseEditorViewModel vm = duplicate(authoring, builtIn("xiaomi"));
        Path file = folder.resolve("xiaomi-2.json");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        vm.checkDisk();
        assertNull(vm.externalChangeProperty().get(), "a touch is no change");
        Files.write(file, Files.readAllBytes(file));
        vm.checkDisk();
        assertNull(vm.externalChangeProperty().get(), "the same bytes written again are no change");

        CaseDocument theirs = vm.document().withText("/industry/en", "Theirs");
        Files.write(file, theirs.bytes());
        vm.checkDisk();
        assertNull(vm.externalChangeProperty().get(), "with nothing unsaved, their version is simply taken");
        assertEquals("Theirs", vm.document().text("/industry/en"));
        assertFalse(vm.isDirty());

        vm.setText("/summary/en", "Mine.");
        Files.write(file, theirs.withText("/accent", "#010203").bytes());
        vm.checkDisk();
        assertNotNull(vm.externalChangeProperty().get());
        vm.keepMine();
        assertEquals("Mine.", vm.document().text("/summary/en"));
        assertTrue(authoring.save().join());
        assertEquals(builtIn("xiaomi").accent(), CaseDocument.parse(Files.readAllBytes(file)).text("/accent"),
                "mine was written");
        vm.checkDisk();
        assertNull(vm.externalChangeProperty().get(), "the app's own save raises nothing");
    }

    @Test
    void anExternalEditThatBreaksTheJsonRaisesTheStripAndIsKeptInHistoryWhenSavedOver() throws IOException {
        CaseEditorViewModel vm = duplicate(authoring, builtIn("xiaomi"));
        Path file = folder.resolve("xiaomi-2.json");
        vm.setText("/summary/en", "Mine.");
        // Another program's hand edit: a trailing comma on line 3.
        String handEdit = "{\n  \"id\": \"xiaomi-2\",\n  \"name\": {\"en\": \"Theirs\"},\n}\n";
        Files.writeString(file, handEdit);

        vm.checkDisk();

        ExternalChange change = vm.externalChangeProperty().get();
        assertNotNull(change, "an unreadable file is said, not waited out");
        assertTrue(change.unreadable());
        assertEquals(4, change.unreadableAtLine());
        vm.takeTheirs();
        assertEquals("Mine.", vm.document().text("/summary/en"), "there is no version of theirs to take");
        vm.keepMine();
        assertTrue(vm.isDirty());
        assertTrue(authoring.save().join());

        assertEquals("Mine.", CaseDocument.parse(Files.readAllBytes(file)).text("/summary/en"));
        var kept = authoring.versions("xiaomi-2").get(0);
        assertFalse(kept.readable());
        assertEquals(handEdit, new String(kept.bytes(), java.nio.charset.StandardCharsets.UTF_8),
                "the hand edit is kept byte for byte");
        authoring.restore(kept).join();
        assertEquals(handEdit, Files.readString(file), "restoring it puts its bytes back");
        authoring.undoLibrary();
        assertEquals("Mine.", CaseDocument.parse(Files.readAllBytes(file)).text("/summary/en"), "and Undo takes them out");
    }

    @Test
    void aFileANewerCaseExplorerSavesWhileEditingIsSaidAndNeverTakenNorSavedOver() throws IOException {
        CaseEditorViewModel vm = duplicate(authoring, builtIn("xiaomi"));
        Path file = folder.resolve("xiaomi-2.json");
        vm.setText("/summary/en", "Mine.");
        String newer = Files.readString(file).replace("\"format\": 3", "\"format\": 4");
        Files.writeString(file, newer);

        vm.checkDisk();

        assertEquals(4, vm.externalChangeProperty().get().newerFormat());
        assertEquals("Mine.", vm.document().text("/summary/en"));
        assertThrows(java.util.concurrent.CompletionException.class, () -> authoring.save().join());
        assertEquals(newer, Files.readString(file), "left as it is");
    }

    @Test
    void ctrlSWithNothingUnsavedWritesNothingWhateverTheFilesFormat() throws IOException {
        CaseEditorViewModel vm = duplicate(authoring, builtIn("xiaomi"));
        Path file = folder.resolve("xiaomi-2.json");
        String formatOne = Files.readString(file).replace("  \"format\": 3,\n", "");
        Files.writeString(file, formatOne);
        vm.checkDisk(); // taken: nothing was unsaved
        assertFalse(vm.isDirty());
        assertTrue(authoring.save().join());
        assertEquals(formatOne, Files.readString(file), "an unchanged case is not rewritten");
    }

    @Test
    void anUnreadableFileWithNothingUnsavedIsSaidTooAndAReadableOneLaterClearsIt() throws IOException {
        CaseEditorViewModel vm = duplicate(authoring, builtIn("xiaomi"));
        Path file = folder.resolve("xiaomi-2.json");
        byte[] good = Files.readAllBytes(file);
        Files.writeString(file, "{\"id\": ");
        vm.checkDisk();
        assertTrue(vm.externalChangeProperty().get().unreadable());
        Files.write(file, CaseDocument.parse(good).withText("/industry/en", "Theirs").bytes());
        vm.checkDisk();
        assertNull(vm.externalChangeProperty().get(), "their readable version is taken, and the strip goes");
        assertEquals("Theirs", vm.document().text("/industry/en"));
    }

    @Test
    void addEvidenceTakesTheQuoteExactlyAndFillsAnEmptyOneFirst() throws IOException {
        CaseEditorViewModel vm = authoring.newCase();
        vm.addLink("participation");
        String quote = "  通過與米粉密切互動,優化產品設計。 ";
        vm.addEvidence(0, "what-is-internet-thinking", quote);
        assertEquals(1, vm.document().size("/links/0/evidence"), "the empty quote was filled");
        assertEquals(quote, vm.document().text("/links/0/evidence/0/quote"), "verbatim, spaces and all");
        vm.addEvidence(0, "textbook-5-3", "營銷方面則充分利用粉絲文化開展口碑傳播");
        assertEquals(2, vm.document().size("/links/0/evidence"));
        vm.undo();
        assertEquals(1, vm.document().size("/links/0/evidence"));
    }

    @Test
    void useAsEvidenceFillsTheFirstQuoteWithNoWordsEvenWithASourcePickedForIt() throws IOException {
        CaseEditorViewModel vm = authoring.newCase();
        vm.addLink("participation");
        vm.addEvidence(0, "textbook-5-3", "營銷方面則充分利用粉絲文化開展口碑傳播");
        vm.addEvidence(0, "", "");
        // The user picked a source for the new, empty quote 2 (and wrote its translation) before quoting.
        vm.setText("/links/0/evidence/1/source", "textbook-5-3");
        vm.setText("/links/0/evidence/1/translation", "Close contact with fans.");
        vm.addEvidence(0, "what-is-internet-thinking", "通過與米粉密切互動,優化產品設計。");
        assertEquals(2, vm.document().size("/links/0/evidence"), "quote 2 was filled, no quote 3");
        assertEquals("通過與米粉密切互動,優化產品設計。", vm.document().text("/links/0/evidence/1/quote"));
        assertEquals("what-is-internet-thinking", vm.document().text("/links/0/evidence/1/source"));
        assertEquals("Close contact with fans.", vm.document().text("/links/0/evidence/1/translation"));
        assertEquals("營銷方面則充分利用粉絲文化開展口碑傳播", vm.document().text("/links/0/evidence/0/quote"),
                "a quote with words is never overwritten");
        vm.addEvidence(0, "", "");
        assertEquals(3, vm.document().size("/links/0/evidence"), "Add quote always adds one");
    }

    @Test
    void aQuoteFoundInAnotherFormNamesTheSourcesTextFileNotNull() throws IOException {
        SourcesFileBuilder.sources()
                .sourceWithText("my-article", "My article", null, "sources/article.txt", "小米的參與感，來自用戶。")
                .writeTo(folder);
        reload();
        CaseEditorViewModel vm = duplicate(authoring, builtIn("xiaomi"));
        vm.setText("/links/0/evidence/0/source", "my-article");
        vm.setText("/links/0/evidence/0/quote", "小米的参与感，来自用户。");
        org.caseexplorer.cases.Problem note = vm.problemsAt("links[0].evidence[0].quote").stream()
                .filter(org.caseexplorer.cases.Problem::isNote).findFirst()
                .orElseThrow(() -> new AssertionError("no note: " + vm.problems()));
        assertTrue(note.message().contains("source 'my-article' (sources/article.txt) only in another form"),
                note.message());
        vm.setText("/links/0/evidence/0/quote", "小米的參與感來自粉絲。");
        org.caseexplorer.cases.Problem notFound = vm.problemsAt("links[0].evidence[0].quote").get(0);
        assertFalse(notFound.message().contains("null"), notFound.message());
        assertTrue(notFound.message().contains("(sources/article.txt)"), notFound.message());
    }

    @Test
    void aListenerOnTheProblemsStaysAfterAGarbageCollection() throws IOException {
        CaseEditorViewModel vm = duplicate(authoring, builtIn("xiaomi"));
        int[] changes = {0};
        vm.problems().addListener((javafx.collections.ListChangeListener<org.caseexplorer.cases.Problem>) c -> changes[0]++);
        System.gc();
        vm.setText("/accent", "red");
        assertTrue(changes[0] > 0, "the editor's problem list heard of the new problem");
        assertEquals(1, vm.problemsAt("accent").size());
    }

    /**
     * Saves, deletes and undos are written on the files lane: the window's thread only asks and
     * then hears. Until the lane runs the work nothing is on disk, the view model says it is
     * writing, and a second write is refused rather than run twice.
     */
    @Test
    void savesDeletesAndUndosAreWrittenOnTheFilesLaneNotTheCallersThread() throws Exception {
        java.util.concurrent.LinkedBlockingQueue<Runnable> filesLane = new java.util.concurrent.LinkedBlockingQueue<>();
        AuthoringViewModel held = new AuthoringViewModel(() -> Optional.of(folder), () -> library, LOADER, this::reload,
                TaskExecutor.lanes(Runnable::run, Runnable::run, filesLane::add, Runnable::run), Clock.systemUTC(), nanos::get);
        CaseEditorViewModel vm = duplicate(held, builtIn("xiaomi")); // a duplicate is saved at once: on the lane
        Path file = folder.resolve("xiaomi-2.json");
        assertTrue(held.writingProperty().get());
        assertFalse(Files.exists(file), "nothing written on the caller's thread");
        assertFalse(held.save().join(), "a second save while one is written is refused");
        assertEquals(1, filesLane.size(), "one write queued, not two");
        filesLane.take().run();
        assertTrue(Files.isRegularFile(file));
        assertFalse(held.writingProperty().get());
        assertFalse(vm.isDirty(), "the editor knows the case as saved");
        assertEquals("authoring.done.duplicate", held.statusProperty().get());

        vm.setText("/tagline/en", "Written on the lane");
        var saving = held.save();
        assertFalse(saving.isDone(), "the save waits for the files lane");
        assertFalse(Files.readString(file).contains("Written on the lane"));
        vm.setText("/tagline/zh", "保存时又改了"); // typed while the save is written: kept, unsaved
        filesLane.take().run();
        assertTrue(saving.join());
        assertTrue(Files.readString(file).contains("Written on the lane"));
        assertFalse(Files.readString(file).contains("保存时又改了"));
        assertTrue(vm.isDirty(), "what was typed during the save stays, unsaved");
        assertEquals("保存时又改了", vm.document().text("/tagline/zh"));
        assertEquals("authoring.done.save", held.statusProperty().get());

        reload();
        var deleting = held.delete(library.caseById("xiaomi-2").orElseThrow());
        assertTrue(Files.exists(file), "the delete waits for the files lane");
        filesLane.take().run();
        deleting.join();
        assertFalse(Files.exists(file));

        var undoing = held.undoLibrary();
        assertFalse(Files.exists(file), "the undo waits for the files lane");
        assertTrue(held.nextLibraryUndo().isPresent(), "the delete stays the next undo until it is undone");
        filesLane.take().run();
        undoing.join();
        assertTrue(Files.isRegularFile(file), "undone: the case is back");
        assertEquals("authoring.done.delete", held.nextLibraryRedo().orElseThrow().labelKey());
    }

    /** A write that fails says so through its future, and the view model can write again. */
    @Test
    void aWriteThatFailsFailsItsFutureAndFreesTheLane() throws Exception {
        CaseEditorViewModel vm = duplicate(authoring, builtIn("xiaomi"));
        vm.setText("/tagline/en", "Changed");
        // Make the case file unwritable by putting a folder where the file goes.
        Files.delete(folder.resolve("xiaomi-2.json"));
        Files.createDirectories(folder.resolve("xiaomi-2.json"));
        var failed = authoring.save();
        assertTrue(failed.isCompletedExceptionally(), "the failure reaches the future");
        assertFalse(authoring.writingProperty().get(), "the lane is free again");
    }
}
