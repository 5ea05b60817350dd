package org.caseexplorer.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.CaseIndex;
import org.caseexplorer.filter.FilterMode;
import org.caseexplorer.filter.FilterResult;

/**
 * The window's shared state: the loaded library, the filter and what it shows, the selected
 * case. Views read it through read-only properties and change it through the verbs below.
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
    private final ObjectProperty<CaseFilter> filter = new SimpleObjectProperty<>(CaseFilter.NONE);
    private final ObjectBinding<FilterResult> result;
    private final ObservableList<Case> shown = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    // One read-only view each, kept here: a view only weakly listens to its list, so a fresh
    // view per call would lose the listeners added to it once it is garbage-collected.
    private final ObservableList<Case> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<Case> selected = new ReadOnlyObjectWrapper<>();
    // The comparison is kept as ids, so it survives a reload and is remembered across runs;
    // the cases are derived from them and the library.
    private final ObservableList<String> comparedIds = FXCollections.observableArrayList();
    private final ObservableList<Case> compared = FXCollections.observableArrayList();
    private final ObservableList<Case> comparedView = FXCollections.unmodifiableObservableList(compared);
    private final ObservableList<String> comparedIdsView = FXCollections.unmodifiableObservableList(comparedIds);
    private final ReadOnlyObjectWrapper<Case> refusedForComparison = new ReadOnlyObjectWrapper<>();
    // Part of the comparison choice, so it has the same one owner: a case that leaves the
    // comparison, however it leaves, stops being its baseline.
    private final ReadOnlyObjectWrapper<String> baselineId = new ReadOnlyObjectWrapper<>();

    public AppState() {
        result = Bindings.createObjectBinding(
                () -> loaded.get().index().apply(filter.get()), loaded, filter);
        result.addListener((obs, old, now) -> shown.setAll(now.cases()));
        shown.setAll(result.get().cases());
        loaded.addListener((obs, old, now) -> {
            problems.setAll(now.library().problems());
            Case previous = selected.get();
            selected.set(previous == null ? null : now.library().caseById(previous.id()).orElse(null));
            resolveCompared();
        });
        comparedIds.addListener((ListChangeListener<String>) c -> {
            if (baselineId.get() != null && !comparedIds.contains(baselineId.get())) {
                baselineId.set(null);
            }
            resolveCompared();
        });
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

    /** The cases chosen for comparison, in column order; ids the library lacks are left out. */
    public ObservableList<Case> comparedCases() {
        return comparedView;
    }

    /** The ids chosen for comparison, to remember them. */
    public ObservableList<String> comparedIds() {
        return comparedIdsView;
    }

    public boolean isCompared(Case c) {
        return c != null && comparedIds.contains(c.id());
    }

    /** The case the user last tried to add when the comparison was full; null otherwise. */
    public ReadOnlyObjectProperty<Case> refusedForComparisonProperty() {
        return refusedForComparison.getReadOnlyProperty();
    }

    // ---- verbs

    public void startLoading() {
        loading.set(true);
    }

    public void finishLoading(LoadedLibrary library) {
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
        if (compared.size() >= Comparison.MAX_CASES) {
            refusedForComparison.set(null);
            refusedForComparison.set(c);
            return ComparisonChange.FULL;
        }
        comparedIds.removeIf(id -> library().caseById(id).isEmpty());
        comparedIds.add(c.id());
        refusedForComparison.set(null);
        return ComparisonChange.ADDED;
    }

    public void removeFromComparison(Case c) {
        comparedIds.remove(c.id());
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
        int from = comparedIds.indexOf(caseId);
        if (from < 0) {
            return;
        }
        int to = Math.max(0, Math.min(comparedIds.size() - 1, from + offset));
        if (to != from) {
            // One change, not a removal and an addition: views see the case move, never vanish.
            List<String> order = new java.util.ArrayList<>(comparedIds);
            order.remove(from);
            order.add(to, caseId);
            comparedIds.setAll(order);
        }
    }

    /** The id of the compared case the others are shown relative to, or null. */
    public ReadOnlyObjectProperty<String> baselineIdProperty() {
        return baselineId.getReadOnlyProperty();
    }

    /** Makes a compared case the baseline, or drops the baseline when it already is. */
    public void toggleBaseline(Case c) {
        if (c.id().equals(baselineId.get())) {
            baselineId.set(null);
        } else if (isCompared(c)) {
            baselineId.set(c.id());
        }
    }

    public void clearComparison() {
        comparedIds.clear();
        refusedForComparison.set(null);
    }

    /** Restores a remembered comparison; at most {@link Comparison#MAX_CASES} ids are kept. */
    public void restoreComparison(List<String> ids) {
        comparedIds.setAll(ids.stream().distinct().limit(Comparison.MAX_CASES).toList());
    }

    public void clearFilters() {
        filter.set(filter.get().withoutPrinciples().withText(""));
    }
}
