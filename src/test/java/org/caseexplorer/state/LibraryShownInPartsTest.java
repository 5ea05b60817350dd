package org.caseexplorer.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.caseexplorer.bench.SyntheticLibrary;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.ComparisonChoice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a large folder, the window's state takes the cases as they are read and says it is
 * still loading; then the whole library, as read in one go. The selection, the filter and the
 * comparison are kept by id throughout, cases not read yet included. Run without the toolkit:
 * the library lane and the FX thread are queues the test empties itself.
 */
class LibraryShownInPartsTest {

    @TempDir
    static Path folder;

    private final Queue<Runnable> libraryLane = new ArrayDeque<>();
    private final Queue<Runnable> fxThread = new ArrayDeque<>();
    private AppState state;
    private LibraryService libraries;

    @BeforeAll
    static void writeALargeFolder() throws IOException {
        SyntheticLibrary.write(folder, 1_000, new LibraryLoader().open(Optional.empty()).principles(), 5);
    }

    @BeforeEach
    void showTheBuiltInLibrary() {
        state = new AppState();
        Executor library = libraryLane::add;
        Executor fx = fxThread::add;
        libraries = new LibraryService(state, new LibraryLoader(), TaskExecutor.lanes(library, Runnable::run,
                Runnable::run, fx));
        libraries.load(Optional.empty());
        drain();
    }

    private void drain() {
        while (!libraryLane.isEmpty()) {
            libraryLane.poll().run();
        }
        while (!fxThread.isEmpty()) {
            fxThread.poll().run();
        }
    }

    @Test
    void aLargeFolderShowsAsItIsReadSayingItIsLoadingAndEndsAsTheWholeLibrary() {
        Library oneGo = new LibraryLoader().open(Optional.of(folder));
        List<Integer> whenDone = new ArrayList<>();
        state.loadingProperty().addListener((obs, was, now) -> {
            if (!now) {
                whenDone.add(state.library().cases().size());
            }
        });
        libraries.load(Optional.of(folder));
        assertTrue(state.loadingProperty().get());
        libraryLane.poll().run(); // the whole read; what it tells waits for the FX thread

        List<Integer> shown = new ArrayList<>();
        while (!fxThread.isEmpty()) {
            fxThread.poll().run();
            shown.add(state.shownCases().size());
            if (!fxThread.isEmpty()) {
                assertTrue(state.loadingProperty().get(), "still loading with " + state.shownCases().size() + " shown");
            }
        }
        // The built-in five, then after 250 and 750 files, then all.
        assertEquals(List.of(5, 255, 755, 1_005), shown);
        assertFalse(state.loadingProperty().get());
        assertEquals(oneGo.cases(), state.library().cases());
        assertEquals(oneGo.problems(), state.problems());
        assertEquals(List.of(1_005), whenDone, "when loading ends, the whole library is already there");
    }

    @Test
    void theSelectionTheFilterAndTheComparisonAreKeptByIdWhileTheFolderComesIn() {
        Case xiaomi = state.library().caseById("xiaomi").orElseThrow();
        state.select(xiaomi);
        state.toggleIncluded("fans");
        // A remembered comparison: a built-in case and one the folder has near its end.
        state.restoreComparison(ComparisonChoice.of(List.of("xiaomi", "case-999")));
        libraries.load(Optional.of(folder));
        libraryLane.poll().run();

        fxThread.poll().run(); // the built-in cases only
        assertTrue(state.loadingProperty().get());
        assertEquals("xiaomi", state.selected().id());
        assertEquals(java.util.Set.of("fans"), state.filter().included());
        assertEquals(List.of("xiaomi", "case-999"), state.comparedIds(), "the case not read yet stays chosen");
        assertEquals(List.of("xiaomi"), state.comparedCases().stream().map(Case::id).toList());
        // Adding a case meanwhile keeps the one not read yet.
        state.addToComparison(state.library().caseById("tesla").orElseThrow());
        assertEquals(List.of("xiaomi", "case-999", "tesla"), state.comparedIds());

        while (!fxThread.isEmpty()) {
            fxThread.poll().run();
        }
        assertFalse(state.loadingProperty().get());
        assertEquals("xiaomi", state.selected().id());
        assertSame(state.library().caseById("xiaomi").orElseThrow(), state.selected(), "the whole library's case");
        assertEquals(List.of("xiaomi", "case-999", "tesla"), state.comparedCases().stream().map(Case::id).toList());
    }

    @Test
    void aSelectedCaseTheWholeLibraryLacksIsNoLongerSelected() {
        libraries.load(Optional.of(folder));
        drain();
        state.select(state.library().caseById("case-999").orElseThrow());
        // Back to the built-in library: the folder's case is gone, so is its selection.
        libraries.load(Optional.empty());
        drain();
        assertEquals(null, state.selected());
    }

    @Test
    void aReloadOfTheFolderShownKeepsItsCardsUntilTheNewLibraryIsWhole() {
        libraries.load(Optional.of(folder));
        drain();
        int whole = state.shownCases().size();
        libraries.reload();
        libraryLane.poll().run();
        assertEquals(1, fxThread.size(), "only the whole library is handed over");
        assertEquals(whole, state.shownCases().size());
        fxThread.poll().run();
        assertFalse(state.loadingProperty().get());
        assertEquals(whole, state.shownCases().size());
    }

    @Test
    void aPartOfAnOlderLoadIsNeverShownOverANewerOne() {
        libraries.load(Optional.of(folder));
        libraryLane.poll().run();
        libraries.load(Optional.empty()); // asked for before the FX thread took any part
        drain();
        assertFalse(state.loadingProperty().get());
        assertEquals(5, state.library().cases().size());
    }
}
