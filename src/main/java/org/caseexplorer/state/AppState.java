package org.caseexplorer.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonChoice;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.CaseIndex;
import org.caseexplorer.filter.FilterMode;
import org.caseexplorer.filter.FilterResult;

/**
 * The window's shared state: the loaded library, the filter and what it shows, the selected
 * case, the comparison chosen. Where the user is in the window is the {@link Navigator}'s. Views read it through read-only properties and change it through
 * the verbs below.
 * Uses javafx.beans and javafx.collections only, so it is tested without the toolkit.
 */
public final class AppState {

    /** A library together with its filter index, built off the FX thread. */
    public record LoadedLibrary(Library library, CaseIndex index) {
        public static LoadedLibrary of(Library library) {
            return new LoadedLibrary(library, new CaseIndex(library));
        }
    }

    private final ReadOnlyObjectWrapper<LoadedLibrary> loaded =
            new ReadOnlyObjectWrapper<>(LoadedLibrary.of(Library.EMPTY));
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** Whether the library shown is a part of one still being read (a case it lacks may yet come). */
    private boolean showingPart;
    private final ObjectProperty<CaseFilter> filter = new SimpleObjectProperty<>(CaseFilter.NONE);
    private final ObjectBinding<FilterResult> result;
    private final ObservableList<Case> shown = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    // One read-only view each, kept here: a view only weakly listens to its list, so a fresh
    // view per call would lose the listeners added to it once it is garbage-collected.
    private final ObservableList<Case> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<Case> selected = new ReadOnlyObjectWrapper<>();
    // The comparison choice has this one owner: ids in column order and the baseline, one value.
    private final ReadOnlyObjectWrapper<ComparisonChoice> comparison = new ReadOnlyObjectWrapper<>(ComparisonChoice.NONE);
    // Derived from it, for views that follow the ids as a list or show the cases: the cases come
    // from the ids and the library, ids it lacks left out.
    private final ObservableList<String> comparedIds = FXCollections.observableArrayList();
    private final ObservableList<Case> compared = FXCollections.observableArrayList();
    private final ObservableList<Case> comparedView = FXCollections.unmodifiableObservableList(compared);
    private final ObservableList<String> comparedIdsView;
    private final ReadOnlyObjectWrapper<Case> refusedForComparison = new ReadOnlyObjectWrapper<>();

    public AppState() {
        result = Bindings.createObjectBinding(
                () -> loaded.get().index().apply(filter.get()), loaded, filter);
        result.addListener((obs, old, now) -> shown.setAll(now.cases()));
        shown.setAll(result.get().cases());
        loaded.addListener((obs, old, now) -> {
            problems.setAll(now.library().problems());
            Case previous = selected.get();
            // Kept by id; while the library is still coming in, a case not read yet stays selected.
            selected.set(previous == null ? null : now.library().caseById(previous.id())
                    .orElse(showingPart ? previous : null));
            resolveCompared();
        });
        // Registered before the read-only view exists, so whoever follows the ids finds the cases
        // already updated.
        comparedIds.addListener((ListChangeListener<String>) c -> resolveCompared());
        comparedIdsView = FXCollections.unmodifiableObservableList(comparedIds);
        comparison.addListener((InvalidationListener) o -> {
            List<String> ids = comparison.get().caseIds();
            if (!comparedIds.equals(ids)) {
                // One change, not a removal and an addition: views see a case move, never vanish.
                comparedIds.setAll(ids);
            }
        });
    }

    private void choose(ComparisonChoice next) {
        if (!next.equals(comparison.get())) {
            comparison.set(next);
        }
    }

    private void resolveCompared() {
        Library library = library();
        compared.setAll(comparedIds.stream().map(library::caseById).flatMap(Optional::stream).toList());
    }

    // ---- reading

    public ReadOnlyObjectProperty<LoadedLibrary> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Library library() {
        return loaded.get().library();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The filter; views may bind to it, changes go through the verbs. */
    public ReadOnlyObjectProperty<CaseFilter> filterProperty() {
        return filter;
    }

    public CaseFilter filter() {
        return filter.get();
    }

    /** How many cases another filter would show, without applying it. */
    public int countFor(CaseFilter other) {
        return loaded.get().index().apply(other).cases().size();
    }

    public ObjectBinding<FilterResult> resultProperty() {
        return result;
    }

    /** The cases the filter shows, in library order. */
    public ObservableList<Case> shownCases() {
        return shownView;
    }

    public ObservableList<Problem> problems() {
        return problemsView;
    }

    public ReadOnlyObjectProperty<Case> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Case selected() {
        return selected.get();
    }

    /** The comparison chosen: case ids in column order and the baseline, if any. */
    public ReadOnlyObjectProperty<ComparisonChoice> comparisonChoiceProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ComparisonChoice comparisonChoice() {
        return comparison.get();
    }

    /** The cases chosen for comparison, in column order; ids the library lacks are left out. */
    public ObservableList<Case> comparedCases() {
        return comparedView;
    }

    /** The ids chosen for comparison, as a list that follows {@link #comparisonChoiceProperty}. */
    public ObservableList<String> comparedIds() {
        return comparedIdsView;
    }

    public boolean isCompared(Case c) {
        return c != null && comparison.get().contains(c.id());
    }

    /** The case the user last tried to add when the comparison was full; null otherwise. */
    public ReadOnlyObjectProperty<Case> refusedForComparisonProperty() {
        return refusedForComparison.getReadOnlyProperty();
    }

    // ---- verbs

    public void startLoading() {
        loading.set(true);
    }

    /**
     * Shows the library as read so far while the rest is read: its cases show, and the state
     * says it is still loading. The selection and the comparison keep cases not read yet.
     */
    public void showLoadedSoFar(LoadedLibrary sofar) {
        loading.set(true);
        showingPart = true;
        loaded.set(Objects.requireNonNull(sofar));
    }

    /**
     * Shows the whole library: a case it lacks is no longer selected, and loading is over (once
     * the library is in place, so whoever follows loading finds the whole one).
     */
    public void finishLoading(LoadedLibrary library) {
        showingPart = false;
        loaded.set(Objects.requireNonNull(library));
        loading.set(false);
    }

    public void select(Case c) {
        selected.set(c);
    }

    public void setFilter(CaseFilter newFilter) {
        filter.set(Objects.requireNonNull(newFilter));
    }

    public void toggleIncluded(String principleId) {
        filter.set(filter.get().toggleIncluded(principleId));
    }

    public void toggleExcluded(String principleId) {
        filter.set(filter.get().toggleExcluded(principleId));
    }

    public void filterBy(String principleId) {
        filter.set(filter.get().only(principleId));
    }

    public void setMode(FilterMode mode) {
        filter.set(filter.get().withMode(mode));
    }

    public void search(String text) {
        filter.set(filter.get().withText(text));
    }

    public void clearSearch() {
        search("");
    }

    public void clearPrinciples() {
        filter.set(filter.get().withoutPrinciples());
    }

    /** What {@link #addToComparison} did. */
    public enum ComparisonChange { ADDED, ALREADY_THERE, FULL }

    /**
     * Adds a case as the last column of the comparison, unless it already holds
     * {@link Comparison#MAX_CASES}: then it says FULL and {@link #refusedForComparisonProperty}
     * names the case, so the window can say why.
     */
    public ComparisonChange addToComparison(Case c) {
        if (isCompared(c)) {
            return ComparisonChange.ALREADY_THERE;
        }
        // Ids the library no longer has take no column, so they do not count, and make room; while
        // it is still loading, an id not read yet may be one that comes, and is kept.
        ComparisonChoice present = loading.get() ? comparison.get()
                : comparison.get().retaining(id -> library().caseById(id).isPresent());
        if (present.isFull()) {
            refusedForComparison.set(null);
            refusedForComparison.set(c);
            return ComparisonChange.FULL;
        }
        choose(present.with(c.id()));
        refusedForComparison.set(null);
        return ComparisonChange.ADDED;
    }

    public void removeFromComparison(Case c) {
        choose(comparison.get().without(c.id()));
        refusedForComparison.set(null);
    }

    /** Adds the case, or removes it when it is already compared. */
    public void toggleComparison(Case c) {
        if (isCompared(c)) {
            removeFromComparison(c);
        } else {
            addToComparison(c);
        }
    }

    /** Moves a compared case {@code offset} columns right (negative: left), within bounds. */
    public void moveInComparison(String caseId, int offset) {
        choose(comparison.get().movedBy(caseId, offset));
    }

    /** Moves a compared case to column {@code column} (0 is the first), within bounds. */
    public void moveInComparisonTo(String caseId, int column) {
        choose(comparison.get().movedTo(caseId, column));
    }

    /** Makes a compared case the baseline, or drops the baseline when it already is. */
    public void toggleBaseline(Case c) {
        choose(comparison.get().withBaselineToggled(c.id()));
    }

    public void clearComparison() {
        choose(ComparisonChoice.NONE);
        refusedForComparison.set(null);
    }

    /** Restores a saved comparison, baseline included; ids the library lacks are left out of the cases shown. */
    public void restoreComparison(ComparisonChoice choice) {
        choose(choice);
        refusedForComparison.set(null);
    }

    /** The problems of the saved views' files, shown after the library's own until the next load. */
    public void reportSavedViewProblems(List<Problem> viewProblems) {
        List<Problem> all = new java.util.ArrayList<>(library().problems());
        all.addAll(viewProblems);
        problems.setAll(all);
    }

    /** Restores a remembered comparison; at most {@link Comparison#MAX_CASES} ids are kept. */
    public void restoreComparison(List<String> ids) {
        choose(ComparisonChoice.of(ids));
    }

    public void clearFilters() {
        filter.set(filter.get().withoutPrinciples().withText(""));
    }
}
