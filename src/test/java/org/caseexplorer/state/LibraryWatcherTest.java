package org.caseexplorer.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The living library: changes to a watched folder reload it. Every wait is for an event (a
 * callback, a load); the timeouts are generous upper bounds for it to arrive on a busy machine,
 * not timings. Where a test checks that nothing happens, it waits as long as the watcher's own
 * debounce ({@link LibraryWatcher#SETTLE}) takes to report a change, a few times over.
 */
@Tag("slow") // waits on the file system's watch events and the debounce
class LibraryWatcherTest {

    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path root;

    /**
     * Long enough for a change the watcher saw to be reported: it calls back {@link LibraryWatcher#SETTLE}
     * after the last event; four times that leaves room for a busy machine.
     */
    private static final long QUIET_MILLIS = LibraryWatcher.SETTLE.toMillis() * 4;

    /** A valid case file; its quote cites a built-in source, so the loaded case gets one note. */
    private static String caseFile(String id) {
        return CaseFileBuilder.aCase(id).json();
    }

    /**
     * Returns once the watcher is watching: the watcher has no hook that says so, and a write
     * before it registers goes unseen, so a probe file is written until a change is reported, then
     * removed, and the watcher left to fall quiet. The test starts with no callback pending.
     */
    private static void untilWatching(Path folder, Semaphore changes) throws Exception {
        Path probe = folder.resolve("probe.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        do {
            assertTrue(System.nanoTime() < deadline, "the watcher never reported the probe");
            Files.writeString(probe, caseFile("probe"));
        } while (!changes.tryAcquire(QUIET_MILLIS, TimeUnit.MILLISECONDS));
        Files.delete(probe);
        assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "the probe's removal");
        untilQuiet(changes);
    }

    /** Waits until no callback has come for {@link #QUIET_MILLIS}; returns how many came meanwhile. */
    private static int untilQuiet(Semaphore changes) throws InterruptedException {
        int came = 0;
        while (changes.tryAcquire(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
            came++;
        }
        return came;
    }

    @Test
    void addingChangingAndDeletingACaseFileEachCallBack() throws Exception {
        Path folder = Files.createDirectory(root.resolve("lib"));
        Semaphore changes = new Semaphore(0);
        try (LibraryWatcher watcher = LibraryWatcher.start(folder, changes::release)) {
            untilWatching(folder, changes);
            Files.writeString(folder.resolve("a.json"), caseFile("a"));
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "added");
            Files.writeString(folder.resolve("a.json"), caseFile("a") + " ");
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "changed");
            Files.delete(folder.resolve("a.json"));
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "deleted");
            // An editor's swap file or a note is not part of the library.
            Files.writeString(folder.resolve(".a.json.swp"), "x");
            Files.writeString(folder.resolve("notes.txt"), "x");
            assertFalse(changes.tryAcquire(QUIET_MILLIS, TimeUnit.MILLISECONDS), "non-JSON files do not reload");
        }
    }

    @Test
    void aBurstOfWritesGivesOneReload() throws Exception {
        Path folder = Files.createDirectory(root.resolve("lib"));
        Semaphore changes = new Semaphore(0);
        try (LibraryWatcher watcher = LibraryWatcher.start(folder, changes::release)) {
            untilWatching(folder, changes);
            for (int i = 0; i < 50; i++) {
                Files.writeString(folder.resolve("c" + i + ".json"), caseFile("c" + i));
            }
            assertTrue(changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS));
            int more = untilQuiet(changes);
            assertTrue(more <= 1, "50 writes gave " + (1 + more) + " reloads");
        }
    }

    @Test
    void aFolderThatIsDeletedOrRenamedIsReportedAndPickedUpAgainWhenItIsBack() throws Exception {
        Path folder = Files.createDirectory(root.resolve("lib"));
        Semaphore changes = new Semaphore(0);
        try (LibraryWatcher watcher = LibraryWatcher.start(folder, changes::release)) {
            untilWatching(folder, changes);
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
        Semaphore loads = new Semaphore(0);
        state.loadedProperty().addListener((o, was, now) -> loads.release());
        try (LibraryService libraries = new LibraryService(state, new LibraryLoader(), TaskExecutor.inline())) {
            libraries.load(Optional.of(folder)).join();
            state.select(state.library().caseById("mine").orElseThrow());
            CaseFilter filter = state.filter().toggleIncluded("user-thinking");
            state.setFilter(filter);
            // Watching once a probe case, written until it is seen, has come and gone.
            Path probe = folder.resolve("probe.json");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            do {
                assertTrue(System.nanoTime() < deadline, "the watcher never reported the probe");
                Files.writeString(probe, caseFile("probe"));
            } while (!loads.tryAcquire(QUIET_MILLIS, TimeUnit.MILLISECONDS)
                    || state.library().caseById("probe").isEmpty());
            Files.delete(probe);
            waitFor(loads, () -> state.library().caseById("probe").isEmpty(), "the probe goes");

            Files.writeString(folder.resolve("added.json"), caseFile("added"));
            waitFor(loads, () -> state.library().caseById("added").isPresent(), "the added case appears");
            assertEquals("mine", state.selected().id(), "the selection stays");
            assertEquals(filter, state.filter(), "the filter stays");

            Files.delete(folder.resolve("mine.json"));
            waitFor(loads, () -> state.library().caseById("mine").isEmpty(), "the deleted case goes");
            assertEquals(null, state.selected(), "a deleted case can no longer be selected");

            Path renamed = Files.move(folder, root.resolve("renamed"));
            waitFor(loads, () -> state.problems().stream().anyMatch(p -> p.message().contains("cannot be read")),
                    "a folder that went away is a problem");
            List<String> builtIn = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty()).cases().stream()
                    .map(Case::id).sorted().toList();
            assertEquals(builtIn, state.library().cases().stream().map(Case::id).sorted().toList(),
                    "the built-in cases stay");
            Files.move(renamed, folder);
            // Back with no problem: only the note that the added case's quote is unchecked (its source has no text).
            waitFor(loads, () -> state.library().caseById("added").isPresent() && state.problems().size() == 1
                    && state.problems().get(0).isNote() && state.problems().get(0).message().contains("unchecked"),
                    "back again");
        }
    }

    /** Waits for loads ({@code loads} has a permit for each) until {@code condition} holds. */
    private static void waitFor(Semaphore loads, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (!loads.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new AssertionError("not within " + WAIT_SECONDS + " s: " + what);
            }
        }
    }
}
