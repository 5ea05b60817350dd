package org.caseexplorer.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import org.caseexplorer.cases.Case;
import org.caseexplorer.filter.FilterMode;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's state, driven without the JavaFX toolkit: everything runs inline. */
class AppStateTest {

    private AppState state;
    private LibraryService libraries;

    @BeforeEach
    void load() {
        state = new AppState();
        libraries = new LibraryService(state, new org.caseexplorer.cases.io.LibraryLoader(), org.caseexplorer.state.TaskExecutor.inline());
        libraries.load(Optional.empty()).join();
    }

    private List<String> shownIds() {
        return state.shownCases().stream().map(Case::id).toList();
    }

    @Test
    void loadingFillsTheShownCases() {
        assertFalse(state.loadingProperty().get());
        assertEquals(5, state.shownCases().size());
        assertTrue(state.problems().isEmpty());
    }

    @Test
    void verbsChangeWhatIsShown() {
        org.caseexplorer.testing.LinkScan scan = new org.caseexplorer.testing.LinkScan(state.library());
        state.toggleIncluded("fans");
        assertEquals(scan.ids(c -> scan.shows(c, "fans")), shownIds());
        state.toggleIncluded("brand");
        assertEquals(scan.ids(c -> scan.shows(c, "fans") || scan.shows(c, "brand")), shownIds());
        state.setMode(FilterMode.ALL);
        assertEquals(scan.ids(c -> scan.shows(c, "fans") && scan.shows(c, "brand")), shownIds());
        state.toggleExcluded("brand");
        assertEquals(scan.ids(c -> scan.shows(c, "fans") && !scan.shows(c, "brand")), shownIds(),
                "excluding brand also stops including it");
        state.clearFilters();
        state.toggleIncluded("platform");
        state.search("米聊");
        assertEquals(List.of("xiaomi"), shownIds());
        state.search("郭敬明");
        assertEquals(List.of(), shownIds());
        state.clearFilters();
        assertEquals(5, state.shownCases().size());
        assertEquals(FilterMode.ALL, state.filter().mode(), "clearing keeps the mode the user chose");
    }

    @Test
    void filterByAPrincipleReplacesTheChosenOnes() {
        state.toggleIncluded("fans");
        state.filterBy("platform");
        assertEquals(List.of("xiaomi"), shownIds());
    }

    @Test
    void resultCountsFollowTheFilter() {
        org.caseexplorer.testing.LinkScan scan = new org.caseexplorer.testing.LinkScan(state.library());
        assertEquals(scan.ids(c -> scan.shows(c, "fans")).size(), state.resultProperty().get().count("fans"));
        state.search("crane");
        assertEquals(0, state.resultProperty().get().count("fans"));
    }

    @Test
    void reloadKeepsTheSelectionAndTheFilter(@TempDir Path dir) throws Exception {
        Case tesla = state.library().caseById("tesla").orElseThrow();
        state.select(tesla);
        state.toggleIncluded("brand");
        Files.writeString(dir.resolve("broken.json"), "{");
        libraries.load(Optional.of(dir)).join();
        assertEquals("tesla", state.selected().id());
        assertTrue(state.filter().included().contains("brand"));
        assertEquals(1, state.problems().size());
    }

    @Test
    void selectionIsDroppedWhenTheCaseIsGone(@TempDir Path dir) throws Exception {
        CaseFileBuilder.aCase("mine").writeTo(dir);
        libraries.load(Optional.of(dir)).join();
        state.select(state.library().caseById("mine").orElseThrow());
        libraries.load(Optional.empty()).join();
        assertNull(state.selected());
    }

    @Test
    void aLoadThatFailsBecomesAProblemInsteadOfAnEmptyWindow() {
        java.util.concurrent.CompletableFuture<AppState.LoadedLibrary> failing =
                java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("disk on fire"));
        libraries.show(Optional.empty(), failing).join();
        assertEquals(1, state.problems().size());
        assertTrue(state.problems().get(0).message().contains("disk on fire"), state.problems().toString());
        assertFalse(state.loadingProperty().get());
    }

    @Test
    void shownCasesAreTheSameObjectsAsTheLibrarys() {
        assertSame(state.library().cases().get(0), state.shownCases().get(0));
    }

    private Case get(String id) {
        return state.library().caseById(id).orElseThrow();
    }

    @Test
    void whoeverFollowsTheComparedIdsFindsTheChoiceAndTheCasesAlreadyUpdated() {
        List<String> seen = new ArrayList<>();
        state.comparedIds().addListener((ListChangeListener<String>) c -> seen.add(List.copyOf(state.comparedIds())
                + " " + state.comparisonChoice().caseIds() + " " + state.comparedCases().stream().map(Case::id).toList()));
        state.addToComparison(get("tesla"));
        state.addToComparison(get("xiaomi"));
        state.moveInComparison("xiaomi", -1);
        assertEquals(List.of("[tesla] [tesla] [tesla]", "[tesla, xiaomi] [tesla, xiaomi] [tesla, xiaomi]",
                "[xiaomi, tesla] [xiaomi, tesla] [xiaomi, tesla]"), seen);
    }

    @Test
    void aMovedColumnIsOneChangeInWhichTheCaseNeverLeaves() {
        List.of("xiaomi", "tesla", "haidilao").forEach(id -> state.addToComparison(get(id)));
        List<List<String>> during = new ArrayList<>();
        state.comparedIds().addListener((ListChangeListener<String>) c -> during.add(List.copyOf(c.getList())));
        state.moveInComparison("haidilao", -2);
        assertEquals(List.of(List.of("haidilao", "xiaomi", "tesla")), during);
        state.moveInComparison("haidilao", -1);
        state.toggleBaseline(get("tesla"));
        assertEquals(1, during.size(), "neither a move past the edge nor a new baseline changes the columns");
        assertEquals(Optional.of("tesla"), state.comparisonChoice().baseline());
    }

    @Test
    void openingALibraryRemovesWhatASaveKilledPartWayLeftButNeverACaseFile(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("sh", "-c", "exit 0").start();
        gone.waitFor();
        Path leftover = java.nio.file.Files.writeString(dir.resolve(".mine.json.pid" + gone.pid() + ".5.part"), "{\"id\": ");
        Path caseFile = java.nio.file.Files.writeString(dir.resolve("notes.json"), "{\"id\": ");
        AppState.LoadedLibrary loaded = LibraryService.loadNow(new org.caseexplorer.cases.io.LibraryLoader(),
                java.util.Optional.of(dir));
        assertFalse(java.nio.file.Files.exists(leftover), "the leftover is gone");
        assertTrue(java.nio.file.Files.exists(caseFile), "a broken case file is reported, never removed");
        assertEquals(1, loaded.library().problems().size(), loaded.library().problems()::toString);
        assertTrue(loaded.library().problems().get(0).file().endsWith("notes.json"));
    }
}
