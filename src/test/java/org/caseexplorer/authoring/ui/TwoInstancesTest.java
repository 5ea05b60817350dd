package org.caseexplorer.authoring.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.authoring.DraftStore;
import org.caseexplorer.authoring.EditLocks;
import org.caseexplorer.authoring.Owner;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.state.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Case Explorers on one library (issue 23, item 6). The other instance is a real process of
 * this host (a {@code sleep}), whose process id and start time are what its files name; another
 * host is one named otherwise, judged by how recently its files were touched.
 */
class TwoInstancesTest {

    private static final LibraryLoader LOADER = new LibraryLoader();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Library library;
    private AuthoringViewModel authoring;
    private Process other;

    @BeforeEach
    void setUp() throws IOException {
        library = LOADER.open(Optional.of(folder));
        authoring = new AuthoringViewModel(() -> Optional.of(folder), () -> library, LOADER,
                () -> library = LOADER.open(Optional.of(folder)), TaskExecutor.inline(), Clock.systemUTC(),
                new AtomicLong()::get);
        other = new ProcessBuilder("sleep", "120").start();
    }

    @AfterEach
    void stopTheOther() throws InterruptedException {
        other.destroyForcibly();
        other.waitFor(10, TimeUnit.SECONDS);
    }

    private Owner otherOwner() {
        return new Owner(Owner.current().host(), other.pid(),
                other.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
    }

    private void saveCase(String id) throws IOException {
        CaseEditorViewModel vm = authoring.duplicate(library.caseById("xiaomi").orElseThrow(), e -> {
            throw new AssertionError(e);
        });
        vm.setText("/id", id);
        assertTrue(authoring.save().join());
        authoring.close();
        library = LOADER.open(Optional.of(folder));
    }

    /** A draft as another instance keeps it: its key, the case it edits, and its owner. */
    private Path draftOf(Owner owner, String key, String editedId) throws IOException {
        ObjectNode wrapper = JSON.createObjectNode();
        if (owner != null) {
            owner.writeTo(wrapper.putObject("owner"));
        }
        wrapper.put("editedId", editedId);
        wrapper.put("baseHash", "");
        wrapper.set("case", CaseDocument.parse(Files.readAllBytes(folder.resolve(editedId + ".json")))
                .withText("/summary/en", "Their unsaved edit.").tree());
        Path file = Files.createDirectories(folder.resolve(DraftStore.FOLDER)).resolve(key + ".json");
        Files.writeString(file, wrapper.toPrettyString(), StandardCharsets.UTF_8);
        return file;
    }

    private void lockOf(Owner owner, String caseId) throws IOException {
        ObjectNode lock = JSON.createObjectNode();
        owner.writeTo(lock);
        lock.put("since", "2026-12-08T09:30:00Z");
        Files.writeString(Files.createDirectories(folder.resolve(EditLocks.FOLDER)).resolve(caseId + ".lock"),
                lock.toPrettyString());
    }

    @Test
    void aLiveInstancesDraftIsNeverOfferedNorDeletedAndIsOnceItsProcessIsGone() throws Exception {
        saveCase("mine");
        Path theirs = draftOf(otherOwner(), "mine--theirs", "mine");

        assertEquals(List.of(), authoring.recoveries(), "the other instance is running: its draft is its own");

        // This instance edits and saves the same case: its editor keeps and drops only its own draft.
        CaseEditorViewModel vm = authoring.edit(library.caseById("mine").orElseThrow());
        assertNotEquals("mine", vm.draftKey(), "a draft key of its own, not the case's id");
        vm.setText("/summary/en", "My edit.");
        vm.draftWork().call();
        assertTrue(authoring.save().join());
        vm.draftWork().call();
        authoring.close();
        assertTrue(Files.exists(theirs), "the other instance's draft is still there");

        other.destroyForcibly();
        other.waitFor(10, TimeUnit.SECONDS);
        List<AuthoringViewModel.Recovery> found = authoring.recoveries();
        assertEquals(List.of("mine--theirs"), found.stream().map(r -> r.draft().key()).toList(),
                "its process is gone: now it is left behind, and offered");
    }

    @Test
    void aDraftFromAnotherHostIsLeftBehindOnlyWhenUntouchedForAMinute() throws Exception {
        saveCase("mine");
        Path theirs = draftOf(new Owner("another-host", 4242, 1), "mine--elsewhere", "mine");
        assertEquals(List.of(), authoring.recoveries(), "touched just now: its owner is taken to be running");
        Files.setLastModifiedTime(theirs, FileTime.from(Instant.now().minus(Owner.STALE_AFTER).minusSeconds(5)));
        assertEquals(1, authoring.recoveries().size());
    }

    @Test
    void aDraftOfAnEarlierVersionNamesNoOwnerAndIsLeftBehind() throws Exception {
        saveCase("mine");
        draftOf(null, "mine", "mine");
        assertEquals(1, authoring.recoveries().size());
    }

    @Test
    void aCaseOpenInAnotherInstanceOpensReadOnlyHereSayingWhere() throws Exception {
        saveCase("mine");
        byte[] before = Files.readAllBytes(folder.resolve("mine.json"));
        lockOf(otherOwner(), "mine");

        CaseEditorViewModel vm = authoring.edit(library.caseById("mine").orElseThrow());

        EditLocks.Holder holder = vm.openElsewhere().orElseThrow();
        assertEquals(other.pid(), holder.owner().pid());
        assertEquals(Instant.parse("2026-12-08T09:30:00Z"), holder.since());
        vm.setText("/summary/en", "Typed anyway.");
        vm.addFact();
        assertFalse(vm.isDirty(), "nothing changes in a read-only editor");
        assertFalse(vm.save());
        vm.draftWork().call();
        assertFalse(Files.exists(folder.resolve(DraftStore.FOLDER)) && Files.list(folder.resolve(DraftStore.FOLDER))
                .findAny().isPresent(), "no draft either");
        authoring.close();
        assertTrue(Files.exists(folder.resolve(EditLocks.FOLDER).resolve("mine.lock")), "their lock stays theirs");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve("mine.json"))), "the file untouched");
    }

    @Test
    void aCaseOpenElsewhereIsNeitherRestoredNorDeletedFromHereAndItsReadOnlyEditorCannotBeUndoneIntoEdits()
            throws Exception {
        saveCase("mine");
        CaseEditorViewModel mine = authoring.edit(library.caseById("mine").orElseThrow());
        mine.setText("/summary/en", "Second.");
        assertTrue(authoring.save().join());
        authoring.close();
        byte[] saved = Files.readAllBytes(folder.resolve("mine.json"));
        lockOf(otherOwner(), "mine");

        var version = authoring.versions("mine").get(0);
        java.util.concurrent.CompletionException restore = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.CompletionException.class, () -> authoring.restore(version).join());
        assertTrue(restore.getCause().getMessage().contains("open for editing in another Case Explorer"),
                restore.getCause().getMessage());
        assertThrows(Exception.class, () -> authoring.delete(library.caseById("mine").orElseThrow()).join());
        assertTrue(java.util.Arrays.equals(saved, Files.readAllBytes(folder.resolve("mine.json"))), "left as it is");

        // The read-only editor: a change on disk is shown, but gives nothing to undo into an edit.
        CaseEditorViewModel readOnly = authoring.edit(library.caseById("mine").orElseThrow());
        Files.write(folder.resolve("mine.json"), CaseDocument.parse(saved).withText("/summary/en", "Theirs.").bytes());
        readOnly.checkDisk();
        assertEquals("Theirs.", readOnly.document().text("/summary/en"), "their save is shown");
        assertFalse(readOnly.canUndoProperty().get(), "nothing of its own to undo");
        readOnly.undo();
        assertEquals("Theirs.", readOnly.document().text("/summary/en"));
        assertFalse(readOnly.isDirty());
        readOnly.draftWork().call();
        assertFalse(Files.exists(folder.resolve(DraftStore.FOLDER)) && Files.list(folder.resolve(DraftStore.FOLDER))
                .findAny().isPresent(), "a read-only editor keeps no draft");
    }

    @Test
    void anEditorThatGoesGivesUpItsLock() throws Exception {
        saveCase("mine");
        saveCase("yours");
        CaseEditorViewModel vm = authoring.edit(library.caseById("mine").orElseThrow());
        Path lock = folder.resolve(EditLocks.FOLDER).resolve("mine.lock");
        assertTrue(Files.exists(lock));
        vm.keepDraft(); // what quitting does, and opening another case
        assertFalse(Files.exists(lock), "quitting leaves no lock for another computer to wait a minute on");
    }

    @Test
    void aLockWhoseOwnerIsGoneIsTakenOverAndGivenUpOnClosing() throws Exception {
        saveCase("mine");
        lockOf(otherOwner(), "mine");
        other.destroyForcibly();
        other.waitFor(10, TimeUnit.SECONDS);

        CaseEditorViewModel vm = authoring.edit(library.caseById("mine").orElseThrow());

        assertTrue(vm.openElsewhere().isEmpty(), "a crashed instance's lock holds nothing");
        Path lock = folder.resolve(EditLocks.FOLDER).resolve("mine.lock");
        assertEquals(Owner.current().pid(), JSON.readTree(lock.toFile()).path("pid").asLong(), "this one holds it now");
        Files.setLastModifiedTime(lock, FileTime.fromMillis(0));
        vm.draftWork().call();
        assertTrue(Files.getLastModifiedTime(lock).toMillis() > 0, "the draft tick is its heartbeat");
        authoring.close();
        assertFalse(Files.exists(lock), "closing gives it up");
    }

    @Test
    void aLockFromAnotherHostCountsWhileItBeats() throws Exception {
        saveCase("mine");
        lockOf(new Owner("another-host", 4242, 1), "mine");
        assertTrue(authoring.edit(library.caseById("mine").orElseThrow()).openElsewhere().isPresent());
        authoring.close();
        Files.setLastModifiedTime(folder.resolve(EditLocks.FOLDER).resolve("mine.lock"),
                FileTime.from(Instant.now().minus(Owner.STALE_AFTER).minusSeconds(5)));
        assertTrue(authoring.edit(library.caseById("mine").orElseThrow()).openElsewhere().isEmpty(),
                "a minute without a heartbeat: its owner is gone");
    }

    @Test
    void aNewCaseClaimsItsIdWhenFirstSaved() throws Exception {
        CaseEditorViewModel vm = authoring.duplicate(library.caseById("xiaomi").orElseThrow(), e -> {
            throw new AssertionError(e);
        });
        vm.setText("/id", "fresh");
        assertTrue(authoring.save().join());
        assertTrue(Files.exists(folder.resolve(EditLocks.FOLDER).resolve("fresh.lock")));
        assertEquals(Optional.empty(), new EditLocks(folder, Clock.systemUTC()).heldElsewhere("fresh"),
                "held by this Case Explorer, so nobody else");
    }
}
