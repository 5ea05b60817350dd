package org.caseexplorer.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.comparison.Comparison;

/**
 * Where the user is in the window, and the way back: the one owner of what the centre shows
 * (the cards with the detail pane or the editor, the comparison, the map, a principle's page),
 * of the history of places the user came from, of whether the editor has the detail pane's place
 * and whether the Problems panel is open. Views follow {@link #placeProperty()}; nothing else
 * switches screens.
 *
 * <p>It reacts to changes of the library and the comparison only as <em>transitions</em>: the
 * comparison falling below {@link Comparison#MIN_CASES} cases, a principle leaving the library.
 * A reload that keeps both moves nobody. Uses javafx.beans only, so it is tested without the
 * toolkit.
 */
public final class Navigator {

    /** What the centre of the window shows. */
    public enum Screen { CARDS, COMPARISON, MAP, PRINCIPLE }

    /** A place in the window: a screen, and on a principle's page the principle's id (else null). */
    public record Place(Screen screen, String principle) {
        public static final Place CARDS = new Place(Screen.CARDS, null);
        public static final Place COMPARISON = new Place(Screen.COMPARISON, null);
        public static final Place MAP = new Place(Screen.MAP, null);

        public Place {
            Objects.requireNonNull(screen);
            if ((screen == Screen.PRINCIPLE) != (principle != null)) {
                throw new IllegalArgumentException("a principle's page, and only it, names a principle");
            }
        }

        public static Place principle(String id) {
            return new Place(Screen.PRINCIPLE, Objects.requireNonNull(id));
        }
    }

    /** What Esc did: went back, cleared the filter on the cards, or nothing (it is the editor's). */
    public enum Escape { WENT_BACK, CLEARED_FILTER, NOTHING }

    /** How many places back the history reaches; older ones are forgotten. */
    static final int HISTORY_LIMIT = 50;

    private final AppState state;
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>(Place.CARDS);
    private final ReadOnlyObjectWrapper<String> openedPrinciple = new ReadOnlyObjectWrapper<>();
    /** The places before this one, the latest first. */
    private final Deque<Place> history = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final BooleanProperty problemsShown = new SimpleBooleanProperty();
    // Kept in a field: the transition listener hangs on it, and a binding only weakly observes its list.
    private final BooleanBinding enoughToCompare;

    /**
     * @param ownLibraryOpen whether a library folder of the user's is open: only then does a
     *                       problem open the Problems panel by itself (the built-in library's
     *                       are the build's to fix)
     */
    public Navigator(AppState state, BooleanSupplier ownLibraryOpen) {
        this.state = state;
        enoughToCompare = Bindings.size(state.comparedCases()).greaterThanOrEqualTo(Comparison.MIN_CASES);
        enoughToCompare.addListener((obs, was, now) -> {
            if (!now) {
                leave(p -> p.screen() == Screen.COMPARISON);
            }
        });
        state.loadedProperty().addListener((obs, old, now) -> {
            Library library = now.library();
            leave(p -> p.screen() == Screen.PRINCIPLE && library.principle(p.principle()).isEmpty());
        });
        // Only a problem opens the panel by itself: notes (unchecked quotes, one language) wait to be asked for.
        state.problems().addListener((ListChangeListener<Problem>) c -> {
            if (state.problems().stream().anyMatch(p -> !p.isNote()) && ownLibraryOpen.getAsBoolean()) {
                problemsShown.set(true);
            }
        });
    }

    // ---- reading

    public ReadOnlyObjectProperty<Place> placeProperty() {
        return place.getReadOnlyProperty();
    }

    public Place place() {
        return place.get();
    }

    public Screen screen() {
        return place.get().screen();
    }

    /** The id of the principle whose page is shown, or null. */
    public ReadOnlyObjectProperty<String> openedPrincipleProperty() {
        return openedPrinciple.getReadOnlyProperty();
    }

    /** The places Back leads to, the next one first. */
    public List<Place> history() {
        return List.copyOf(history);
    }

    /** Whether the case editor has the detail pane's place beside the cards. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public boolean isEditing() {
        return editing.get();
    }

    /** Whether the Problems panel is open; the toggles bind to it both ways. */
    public BooleanProperty problemsShownProperty() {
        return problemsShown;
    }

    // ---- verbs

    /** The cards and the detail pane; the way back starts anew from here. */
    public void showCards() {
        history.clear();
        set(Place.CARDS);
    }

    /** The comparison of the chosen cases; with fewer than two chosen there is none, and nothing moves. */
    public boolean showComparison() {
        if (!enoughToCompare.get()) {
            return false;
        }
        go(Place.COMPARISON);
        return true;
    }

    public void showMap() {
        go(Place.MAP);
    }

    /** The page of a principle the library has; an unknown id (or null) changes nothing. */
    public void openPrinciple(String principleId) {
        if (principleId != null && state.library().principle(principleId).isPresent()) {
            go(Place.principle(principleId));
        }
    }

    /**
     * Shows a case in the detail pane, with the cards beside it; from another screen (the map, a
     * principle's page) Back and Esc lead there again.
     */
    public void openCase(org.caseexplorer.cases.Case c) {
        if (place.get() != Place.CARDS) {
            history.addFirst(place.get());
            while (history.size() > HISTORY_LIMIT) {
                history.removeLast();
            }
            set(Place.CARDS);
        }
        state.select(c);
    }

    /** Back to where the user came from; false when there is nowhere to go back to (the cards, with no history). */
    public boolean back() {
        Place previous = history.pollFirst();
        if (previous != null) {
            set(previous);
            return true;
        }
        if (place.get() != Place.CARDS) {
            set(Place.CARDS);
            return true;
        }
        return false;
    }

    /**
     * Esc: back where there is a way back; on the cards the filter and search are cleared, except
     * in the editor, whose fields have their own Esc.
     */
    public Escape escape() {
        if (back()) {
            return Escape.WENT_BACK;
        }
        if (editing.get()) {
            return Escape.NOTHING;
        }
        state.clearFilters();
        return Escape.CLEARED_FILTER;
    }

    /** The editor takes the detail pane's place, and the cards are shown beside it. */
    public void openEditor() {
        editing.set(true);
        showCards();
    }

    /** The detail pane is back in its place. */
    public void closeEditor() {
        editing.set(false);
    }

    // ---- the moves

    private void go(Place next) {
        if (next.equals(place.get())) {
            return;
        }
        // A place already in the history is reached by going back to it, so Back never loops.
        if (history.contains(next)) {
            while (!next.equals(history.pollFirst())) {
                // drop the places after it
            }
        } else {
            history.addFirst(place.get());
            while (history.size() > HISTORY_LIMIT) {
                history.removeLast();
            }
        }
        set(next);
    }

    /** Forgets the places that no longer exist and, if the user is on one, goes back past it. */
    private void leave(java.util.function.Predicate<Place> gone) {
        history.removeIf(gone);
        if (gone.test(place.get())) {
            Place previous = history.pollFirst();
            set(previous == null ? Place.CARDS : previous);
        }
    }

    private void set(Place next) {
        place.set(next);
        openedPrinciple.set(next.principle());
    }
}
