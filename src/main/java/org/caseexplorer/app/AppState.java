package org.caseexplorer.app;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
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

    public AppState() {
        result = Bindings.createObjectBinding(
                () -> loaded.get().index().apply(filter.get()), loaded, filter);
        result.addListener((obs, old, now) -> shown.setAll(now.cases()));
        shown.setAll(result.get().cases());
        loaded.addListener((obs, old, now) -> {
            problems.setAll(now.library().problems());
            Case previous = selected.get();
            selected.set(previous == null ? null : now.library().caseById(previous.id()).orElse(null));
        });
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

    public void clearFilters() {
        filter.set(filter.get().withoutPrinciples().withText(""));
    }
}
