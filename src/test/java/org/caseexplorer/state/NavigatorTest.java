package org.caseexplorer.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.state.Navigator.Place;
import org.caseexplorer.state.Navigator.Screen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the user is: one owner, a way back, and no move on a reload. Driven without the
 * toolkit, everything inline, as the window drives it.
 */
class NavigatorTest {

    private final Library builtIn = new LibraryLoader().open(Optional.empty());
    private AppState state;
    private LibraryService libraries;
    private Navigator navigator;
    private final List<Place> visited = new ArrayList<>();

    @BeforeEach
    void load() {
        state = new AppState();
        libraries = new LibraryService(state, new LibraryLoader(), TaskExecutor.inline());
        navigator = new Navigator(state, () -> libraries.userFolder().isPresent());
        libraries.load(Optional.empty()).join();
        navigator.placeProperty().addListener((obs, old, now) -> visited.add(now));
    }

    private Case anyCase(int i) {
        return state.library().cases().get(i);
    }

    private String anyPrinciple(int i) {
        return state.library().principles().get(i).id();
    }

    // ---- the principle whose page is open (was AppState's)

    @Test
    void opensAPrincipleTheLibraryHasAndClosesIt() {
        String principle = anyPrinciple(0);
        navigator.openPrinciple(principle);
        assertEquals(principle, navigator.openedPrincipleProperty().get());
        assertEquals(Screen.PRINCIPLE, navigator.screen());
        navigator.back();
        assertNull(navigator.openedPrincipleProperty().get());
        assertEquals(Place.CARDS, navigator.place());
    }

    @Test
    void anUnknownPrincipleOpensNothing() {
        String principle = anyPrinciple(0);
        navigator.openPrinciple(principle);
        navigator.openPrinciple("no-such-principle");
        assertEquals(principle, navigator.openedPrincipleProperty().get());
        navigator.openPrinciple(null);
        assertEquals(principle, navigator.openedPrincipleProperty().get());
    }

    @Test
    void aReloadWithoutThePrincipleClosesItsPage() {
        String gone = anyPrinciple(0);
        String stays = anyPrinciple(1);
        navigator.openPrinciple(gone);
        Library without = new Library(builtIn.principles().stream().filter(p -> !p.id().equals(gone)).toList(),
                builtIn.sources(), List.of(), List.of());
        state.finishLoading(AppState.LoadedLibrary.of(without));
        assertNull(navigator.openedPrincipleProperty().get());
        assertEquals(Place.CARDS, navigator.place());
        navigator.openPrinciple(stays);
        state.finishLoading(AppState.LoadedLibrary.of(builtIn));
        assertEquals(stays, navigator.openedPrincipleProperty().get(), "a principle still there stays open");
    }

    // ---- a reload never moves the user

    @Test
    void withOneCaseInTheTrayAReloadLeavesTheUserOnTheMap() {
        state.addToComparison(anyCase(0));
        navigator.showMap();
        visited.clear();
        libraries.reload().join();
        assertEquals(Place.MAP, navigator.place());
        assertEquals(List.of(), visited, "nothing moved, not even there and back");
    }

    @Test
    void withOneCaseInTheTrayAReloadLeavesTheUserOnAPrinciplesPage() {
        state.addToComparison(anyCase(0));
        String principle = anyPrinciple(2);
        navigator.openPrinciple(principle);
        visited.clear();
        libraries.reload().join();
        assertEquals(Place.principle(principle), navigator.place());
        assertEquals(List.of(), visited);
    }

    @Test
    void aReloadLeavesTheComparisonOpenWhileItsCasesAreThere() {
        state.addToComparison(anyCase(0));
        state.addToComparison(anyCase(1));
        assertTrue(navigator.showComparison());
        libraries.reload().join();
        assertEquals(Place.COMPARISON, navigator.place());
    }

    @Test
    void aReloadWithTheUsersOwnFolderLeavesThePageOpen(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("sources.json"), "[]");
        libraries.load(Optional.of(folder)).join();
        String principle = anyPrinciple(3);
        navigator.showMap();
        navigator.openPrinciple(principle);
        libraries.reload().join();
        assertEquals(Place.principle(principle), navigator.place());
        assertTrue(navigator.back());
        assertEquals(Place.MAP, navigator.place(), "and the way back is kept");
    }

    // ---- the comparison falling below two cases is a transition

    @Test
    void theComparisonFallingBelowTwoCasesGoesBackToWhereTheUserCameFrom() {
        state.addToComparison(anyCase(0));
        state.addToComparison(anyCase(1));
        navigator.showMap();
        navigator.showComparison();
        state.removeFromComparison(anyCase(1));
        assertEquals(Place.MAP, navigator.place());
    }

    @Test
    void theComparisonFallingBelowTwoCasesUnderAPageLeavesThePageAndForgetsTheComparison() {
        state.addToComparison(anyCase(0));
        state.addToComparison(anyCase(1));
        navigator.showComparison();
        String principle = anyPrinciple(0);
        navigator.openPrinciple(principle);
        state.removeFromComparison(anyCase(0));
        assertEquals(Place.principle(principle), navigator.place(), "the page the user reads stays");
        navigator.back();
        assertEquals(Place.CARDS, navigator.place(), "the comparison is no longer on the way back");
    }

    @Test
    void fewerThanTwoCasesOpenNoComparison() {
        state.addToComparison(anyCase(0));
        assertFalse(navigator.showComparison());
        assertEquals(Place.CARDS, navigator.place());
    }

    // ---- back and Esc

    @Test
    void backRetracesTheWayAndAPlaceAlreadyOnItIsReachedByGoingBack() {
        String first = anyPrinciple(0);
        String second = anyPrinciple(1);
        navigator.showMap();
        navigator.openPrinciple(first);
        navigator.openPrinciple(second);
        assertEquals(List.of(Place.principle(first), Place.MAP, Place.CARDS), navigator.history());
        navigator.showMap();
        assertEquals(List.of(Place.CARDS), navigator.history(), "the map again: no loop on the way back");
        assertTrue(navigator.back());
        assertEquals(Place.CARDS, navigator.place());
        assertFalse(navigator.back(), "nowhere further back than the cards");
    }

    @Test
    void theHistoryIsBounded() {
        for (int i = 0; i < Navigator.HISTORY_LIMIT * 2; i++) {
            navigator.openPrinciple(anyPrinciple(i % 2));
            navigator.showMap();
        }
        assertTrue(navigator.history().size() <= Navigator.HISTORY_LIMIT);
    }

    @Test
    void escGoesBackThenClearsTheFilterButNotInTheEditor() {
        navigator.showMap();
        assertEquals(Navigator.Escape.WENT_BACK, navigator.escape());
        state.search("xiaomi");
        navigator.openEditor();
        assertEquals(Navigator.Escape.NOTHING, navigator.escape());
        assertEquals("xiaomi", state.filter().text());
        navigator.closeEditor();
        assertEquals(Navigator.Escape.CLEARED_FILTER, navigator.escape());
        assertEquals("", state.filter().text());
    }

    @Test
    void openingACaseFromAPageShowsItBesideTheCardsAndBackLeadsToThePage() {
        String principle = anyPrinciple(0);
        navigator.showMap();
        navigator.openPrinciple(principle);
        navigator.openCase(anyCase(2));
        assertEquals(Place.CARDS, navigator.place());
        assertEquals(anyCase(2), state.selected());
        assertEquals(Navigator.Escape.WENT_BACK, navigator.escape());
        assertEquals(Place.principle(principle), navigator.place(), "Esc leads back to the page the case was opened from");
        navigator.showCards();
        navigator.openCase(anyCase(1));
        assertEquals(List.of(), navigator.history(), "opened from the cards: nothing to go back to");
    }

    @Test
    void theEditorOpensBesideTheCards() {
        navigator.showMap();
        navigator.openEditor();
        assertTrue(navigator.isEditing());
        assertEquals(Place.CARDS, navigator.place());
        navigator.closeEditor();
        assertFalse(navigator.isEditing());
    }
}
