package org.caseexplorer.comparison.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonRow;
import org.caseexplorer.comparison.RowOrder;
import org.caseexplorer.comparison.RowScope;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.settings.SettingsKeeper;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Choosing cases and shaping the comparison, without the JavaFX toolkit. */
class ComparisonViewModelTest {

    private AppState state;
    private ComparisonViewModel model;

    @BeforeEach
    void load() {
        state = new AppState();
        new LibraryService(state, new LibraryLoader(), org.caseexplorer.state.TaskExecutor.inline()).load(Optional.empty()).join();
        model = new ComparisonViewModel(state);
    }

    private Case get(String id) {
        return state.library().caseById(id).orElseThrow();
    }

    private List<String> columns() {
        return model.comparison().cases().stream().map(Case::id).toList();
    }

    @Test
    void casesJoinInTheOrderTheyAreChosenAndTheComparisonFollows() {
        assertFalse(model.comparison().isComplete());
        state.addToComparison(get("tesla"));
        state.addToComparison(get("xiaomi"));
        assertEquals(List.of("tesla", "xiaomi"), columns());
        assertTrue(model.comparison().isComplete());
        assertEquals(AppState.ComparisonChange.ALREADY_THERE, state.addToComparison(get("tesla")));
        assertEquals(2, columns().size());
    }

    @Test
    void aSixthCaseIsRefusedAndTheRefusalIsNamedUntilTheNextChange() {
        List.of("xiaomi", "tesla", "haidilao", "ganqishi", "xiaotimes").forEach(id -> state.addToComparison(get(id)));
        Case sixth = new Case("sixth", get("xiaomi").name(), get("xiaomi").industry(), get("xiaomi").tagline(),
                get("xiaomi").summary(), "#000000", null, List.of(), List.of(), List.of(), "sixth.json");
        assertEquals(AppState.ComparisonChange.FULL, state.addToComparison(sixth));
        assertEquals(sixth, state.refusedForComparisonProperty().get());
        assertEquals(5, columns().size());
        state.removeFromComparison(get("tesla"));
        assertNull(state.refusedForComparisonProperty().get());
    }

    @Test
    void columnsMoveWithinBoundsAndRemovingTheBaselineDropsIt() {
        List.of("xiaomi", "tesla", "haidilao").forEach(id -> state.addToComparison(get(id)));
        model.moveRight(get("xiaomi"));
        assertEquals(List.of("tesla", "xiaomi", "haidilao"), columns());
        model.moveLeft(get("tesla"));
        assertEquals(List.of("tesla", "xiaomi", "haidilao"), columns(), "the first column cannot move left");
        assertTrue(model.moveTo("haidilao", 0), "a dragged column lands where it is dropped");
        assertEquals(List.of("haidilao", "tesla", "xiaomi"), columns());
        assertFalse(model.moveTo("ganqishi", 0), "a case that is not compared does not move");
        model.toggleBaseline(get("haidilao"));
        assertEquals("haidilao", model.comparison().baseline().orElseThrow().id());
        model.remove(get("haidilao"));
        assertTrue(model.comparison().baseline().isEmpty());
        assertNull(model.baselineProperty().getValue());
    }

    @Test
    void aBaselineTakenOutOfTheComparisonAnyWayDoesNotComeBackWhenTheCaseIsAddedAgain() {
        List.of("xiaomi", "tesla", "haidilao").forEach(id -> state.addToComparison(get(id)));
        model.toggleBaseline(get("tesla"));
        assertEquals("tesla", model.comparison().baseline().orElseThrow().id());
        state.removeFromComparison(get("tesla")); // the tray's ×, not the comparison's own button
        assertNull(model.baselineProperty().getValue());
        state.addToComparison(get("tesla"));
        assertTrue(model.comparison().baseline().isEmpty(), "no stale baseline returns");

        model.toggleBaseline(get("xiaomi"));
        state.clearComparison();
        state.addToComparison(get("xiaomi"));
        state.addToComparison(get("tesla"));
        assertTrue(model.comparison().baseline().isEmpty(), "clearing the comparison clears its baseline");
        model.toggleBaseline(get("ganqishi"));
        assertNull(model.baselineProperty().getValue(), "a case that is not compared cannot be the baseline");
    }

    @Test
    void followingTheFilterUsesItsPrinciplesWithTheLawsBelowThem() {
        List.of("xiaomi", "tesla", "haidilao").forEach(id -> state.addToComparison(get(id)));
        int all = model.comparison().rows().size();
        state.toggleIncluded("user-thinking");
        assertEquals(all, model.comparison().rows().size(), "the filter is ignored until followed");
        model.followFilterProperty().set(true);
        List<String> rows = model.comparison().rows().stream().map(r -> r.principle().id()).toList();
        assertTrue(rows.contains("user-thinking"));
        assertTrue(rows.stream().allMatch(id -> state.library().withDescendants("user-thinking").contains(id)), rows.toString());
        assertTrue(rows.size() > 1, "its laws come along: " + rows);
    }

    @Test
    void typingASearchDoesNotRebuildTheComparison() {
        List.of("xiaomi", "tesla").forEach(id -> state.addToComparison(get(id)));
        Comparison before = model.comparison();
        state.search("crane");
        assertSame(before, model.comparison(), "the rows do not depend on the search");
        state.toggleIncluded("fans");
        assertSame(before, model.comparison(), "nor on the filter, until it is followed");
        model.followFilterProperty().set(true);
        assertNotSame(before, model.comparison());
        Comparison following = model.comparison();
        state.search("paper");
        assertSame(following, model.comparison(), "following the filter follows its principles, not its text");
    }

    @Test
    void scopeAndOrderReshapeTheRows() {
        List.of("xiaomi", "tesla", "haidilao").forEach(id -> state.addToComparison(get(id)));
        int all = model.comparison().rows().size();
        model.scopeProperty().set(RowScope.ONLY_SHARED);
        assertTrue(model.comparison().rows().size() < all);
        model.scopeProperty().set(RowScope.ALL);
        model.orderProperty().set(RowOrder.TOTAL_STRENGTH);
        assertEquals(model.comparison().rows().stream().mapToInt(ComparisonRow::total).max().orElseThrow(),
                model.comparison().rows().get(0).total());
    }

    @Test
    void theChoiceSurvivesAReloadAndIsRememberedAsIds() throws Exception {
        Preferences node = Preferences.userRoot().node("org/caseexplorer/vm-test-" + System.nanoTime());
        try {
            new SettingsKeeper(new AppPreferences(node), state, new Messages(Lang.EN));
            state.addToComparison(get("xiaotimes"));
            state.addToComparison(get("ganqishi"));
            new LibraryService(state, new LibraryLoader(), org.caseexplorer.state.TaskExecutor.inline()).load(Optional.empty()).join();
            assertEquals(List.of("xiaotimes", "ganqishi"), columns());
            AppState next = new AppState();
            new LibraryService(next, new LibraryLoader(), org.caseexplorer.state.TaskExecutor.inline()).load(Optional.empty()).join();
            new SettingsKeeper(new AppPreferences(node), next, new Messages(Lang.EN));
            assertEquals(List.of("xiaotimes", "ganqishi"), next.comparedCases().stream().map(Case::id).toList());
        } finally {
            node.removeNode();
        }
    }

    @Test
    void anIdTheLibraryNoLongerHasIsLeftOutOfTheColumns() {
        state.restoreComparison(List.of("xiaomi", "gone", "tesla"));
        assertEquals(List.of("xiaomi", "tesla"), columns());
    }
}
