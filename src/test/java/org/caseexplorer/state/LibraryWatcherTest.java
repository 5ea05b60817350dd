package org.caseexplorer.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.LibraryLoader;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.filter.CaseFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The living library: changes to a watched folder reload it. The waits are generous upper
 * bounds for events to arrive on a busy machine, not timings.
 */
class LibraryWatcherTest {

    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path root;

    private static String caseFile(String id) throws IOException {
        return Files.readString(Path.of("cases/tesla.json")).replace("\"id\": \"tesla\"", "\"id\": \"" + id + "\"");
    }

    @Test
    void addingChangingAndDeletingACaseFileEachCallBack() throws Exception {
        Path folder = Files.createDirectory(root.resolve("lib"));
        Semaphore changes = new Semaphore(0);
        try (LibraryWatcher watcher = LibraryWatcher.start(folder, changes::release)) {
            Thread.sleep(200); // let it register before the first write
            Files.writeString(folder.resolve("a.json"), caseFile("a"));
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "added");
            Files.writeString(folder.resolve("a.json"), caseFile("a") + " ");
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "changed");
            Files.delete(folder.resolve("a.json"));
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "deleted");
            // An editor's swap file or a note is not part of the library.
            Files.writeString(folder.resolve(".a.json.swp"), "x");
            Files.writeString(folder.resolve("notes.txt"), "x");
            assertFalse(changes.tryAcquire(2, TimeUnit.SECONDS), "non-JSON files do not reload");
        }
    }

    @Test
    void aBurstOfWritesGivesOneReload() throws Exception {
        Path folder = Files.createDirectory(root.resolve("lib"));
        Semaphore changes = new Semaphore(0);
        try (LibraryWatcher watcher = LibraryWatcher.start(folder, changes::release)) {
            Thread.sleep(200);
            for (int i = 0; i < 50; i++) {
                Files.writeString(folder.resolve("c" + i + ".json"), caseFile("c" + i));
            }
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS));
            Thread.sleep(LibraryWatcher.SETTLE.toMillis() * 4);
            assertTrue(changes.availablePermits() <= 1, "50 writes gave " + (1 + changes.availablePermits()) + " reloads");
        }
    }

    @Test
    void aFolderThatIsDeletedOrRenamedIsReportedAndPickedUpAgainWhenItIsBack() throws Exception {
        Path folder = Files.createDirectory(root.resolve("lib"));
        Semaphore changes = new Semaphore(0);
        try (LibraryWatcher watcher = LibraryWatcher.start(folder, changes::release)) {
            Thread.sleep(200);
            Path away = Files.move(folder, root.resolve("renamed"));
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "renamed away");
            Files.move(away, folder);
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "back");
            Files.writeString(folder.resolve("b.json"), caseFile("b"));
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "watched again after coming back");
            Files.delete(folder.resolve("b.json"));
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS));
            Files.delete(folder);
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "deleted");
        }
    }

    @Test
    void theOpenLibraryReloadsKeepingSelectionAndFilterAndAMissingFolderBecomesAProblem() throws Exception {
        Path folder = Files.createDirectory(root.resolve("lib"));
        Files.writeString(folder.resolve("mine.json"), caseFile("mine"));
        AppState state = new AppState();
        try (LibraryService libraries = new LibraryService(state, new LibraryLoader(), org.caseexplorer.state.TaskExecutor.inline())) {
            libraries.load(Optional.of(folder)).join();
            state.select(state.library().caseById("mine").orElseThrow());
            CaseFilter filter = state.filter().toggleIncluded("user-thinking");
            state.setFilter(filter);
            Thread.sleep(200);

            Files.writeString(folder.resolve("added.json"), caseFile("added"));
            waitFor(() -> state.library().caseById("added").isPresent(), "the added case appears");
            assertEquals("mine", state.selected().id(), "the selection stays");
            assertEquals(filter, state.filter(), "the filter stays");

            Files.delete(folder.resolve("mine.json"));
            waitFor(() -> state.library().caseById("mine").isEmpty(), "the deleted case goes");
            assertEquals(null, state.selected(), "a deleted case can no longer be selected");

            Path renamed = Files.move(folder, root.resolve("renamed"));
            waitFor(() -> state.problems().stream().anyMatch(p -> p.message().contains("cannot be read")),
                    "a folder that went away is a problem");
            assertEquals(List.of("ganqishi", "haidilao", "tesla", "xiaomi", "xiaotimes"),
                    state.library().cases().stream().map(Case::id).sorted().toList(), "the built-in cases stay");
            Files.move(renamed, folder);
            // Back with no problem: only the note that the copy of Tesla's quotes are unchecked (no source text).
            waitFor(() -> state.library().caseById("added").isPresent() && state.problems().size() == 1
                    && state.problems().get(0).isNote() && state.problems().get(0).message().contains("unchecked"),
                    "back again");
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT_SECONDS + " s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
