package org.caseexplorer.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.LibraryLoader;
import org.junit.jupiter.api.Test;

/** The principle whose page is open: one owner, and never one the library lacks. */
class OpenedPrincipleTest {

    private final Library builtIn = new LibraryLoader().open(Optional.empty());

    private AppState loaded(Library library) {
        AppState state = new AppState();
        state.finishLoading(AppState.LoadedLibrary.of(library));
        return state;
    }

    @Test
    void opensAPrincipleTheLibraryHasAndClosesIt() {
        AppState state = loaded(builtIn);
        state.openPrinciple("fans");
        assertEquals("fans", state.openedPrincipleProperty().get());
        state.closePrinciple();
        assertNull(state.openedPrincipleProperty().get());
    }

    @Test
    void anUnknownPrincipleOpensNothing() {
        AppState state = loaded(builtIn);
        state.openPrinciple("fans");
        state.openPrinciple("no-such-principle");
        assertEquals("fans", state.openedPrincipleProperty().get());
        state.openPrinciple(null);
        assertEquals("fans", state.openedPrincipleProperty().get());
    }

    @Test
    void aReloadWithoutThePrincipleClosesItsPage() {
        AppState state = loaded(builtIn);
        state.openPrinciple("fans");
        Library without = new Library(builtIn.principles().stream().filter(p -> !p.id().equals("fans")).toList(),
                builtIn.sources(), List.of(), List.of());
        state.finishLoading(AppState.LoadedLibrary.of(without));
        assertNull(state.openedPrincipleProperty().get());
        state.openPrinciple("word-of-mouth");
        state.finishLoading(AppState.LoadedLibrary.of(builtIn));
        assertEquals("word-of-mouth", state.openedPrincipleProperty().get(), "a principle still there stays open");
    }
}
