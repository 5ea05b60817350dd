package org.caseexplorer.comparison.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.caseexplorer.comparison.RowOrder;
import org.caseexplorer.comparison.RowScope;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.ViewModel;

/**
 * The comparison view's state: how rows are chosen and ordered, and the {@link Comparison} that
 * follows from them and from the shared state (the chosen cases and baseline, the library, the
 * principle filter). The choice itself belongs to {@link AppState}: this model derives from it
 * and hands its verbs on. Uses javafx.beans only, so it is tested without the toolkit.
 */
@ViewModel
public final class ComparisonViewModel {

    private final AppState state;
    private final ObjectProperty<RowOrder> order = new SimpleObjectProperty<>(RowOrder.LIBRARY);
    private final ObjectProperty<RowScope> scope = new SimpleObjectProperty<>(RowScope.ALL);
    private final BooleanProperty followFilter = new SimpleBooleanProperty(false);
    private final BooleanProperty quotesExpanded = new SimpleBooleanProperty(false);
    // The principles the rows are limited to: what the comparison needs of the filter. Set only
    // when it really changes, so typing a search does not rebuild the comparison.
    private final ObjectProperty<List<Set<String>>> followed = new SimpleObjectProperty<>(List.of(Set.of(), Set.of()));
    private final ObjectBinding<Comparison> comparison;
    private final ObservableValue<String> baseline;

    public ComparisonViewModel(AppState state) {
        this.state = state;
        InvalidationListener follow = o -> {
            List<Set<String>> now = followedPrinciples();
            if (!now.equals(followed.get())) {
                followed.set(now);
            }
        };
        state.filterProperty().addListener(follow);
        state.loadedProperty().addListener(follow);
        followFilter.addListener(follow);
        comparison = Bindings.createObjectBinding(this::compute, state.comparedCases(), state.loadedProperty(),
                followed, order, scope, state.comparisonChoiceProperty());
        baseline = state.comparisonChoiceProperty().map(choice -> choice.baseline().orElse(null));
    }

    private Comparison compute() {
        ComparisonOptions options = ComparisonOptions.DEFAULT
                .withOrder(order.get())
                .withScope(scope.get())
                .withBaseline(state.comparisonChoice().baseline())
                .withPrinciples(followed.get().get(0), followed.get().get(1));
        return Comparison.of(state.library(), state.comparedCases(), options);
    }

    /** Included and excluded principles when following the filter; both empty otherwise. */
    private List<Set<String>> followedPrinciples() {
        if (!followFilter.get()) {
            return List.of(Set.of(), Set.of());
        }
        return List.of(expanded(state.filter().included()), expanded(state.filter().excluded()));
    }

    /** A principle in the filter stands for itself and the laws below it, as in the gallery. */
    private Set<String> expanded(Set<String> ids) {
        Library library = state.library();
        Set<String> all = new HashSet<>();
        ids.forEach(id -> all.addAll(library.withDescendants(id)));
        return all;
    }

    /** The comparison as it stands; recomputed whenever anything it depends on changes. */
    public ObjectBinding<Comparison> comparisonProperty() {
        return comparison;
    }

    public Comparison comparison() {
        return comparison.get();
    }

    public ObjectProperty<RowOrder> orderProperty() {
        return order;
    }

    public ObjectProperty<RowScope> scopeProperty() {
        return scope;
    }

    /** When set, rows are limited to the principles the side panel's filter names. */
    public BooleanProperty followFilterProperty() {
        return followFilter;
    }

    /** When set, every cell shows its quotes; otherwise each cell expands on request. */
    public BooleanProperty quotesExpandedProperty() {
        return quotesExpanded;
    }

    /** The id of the baseline case, or null; kept with the chosen cases in {@link AppState}. */
    public ObservableValue<String> baselineProperty() {
        return baseline;
    }

    // ---- verbs

    public void moveLeft(Case c) {
        state.moveInComparison(c.id(), -1);
    }

    public void moveRight(Case c) {
        state.moveInComparison(c.id(), 1);
    }

    /** Moves the compared case with this id to column {@code column}; false if it is not compared. */
    public boolean moveTo(String caseId, int column) {
        if (!state.comparisonChoice().contains(caseId)) {
            return false;
        }
        state.moveInComparisonTo(caseId, column);
        return true;
    }

    public void remove(Case c) {
        state.removeFromComparison(c);
    }

    /** Makes the case the baseline, or drops the baseline when it already is. */
    public void toggleBaseline(Case c) {
        state.toggleBaseline(c);
    }

    public boolean isBaseline(Case c) {
        return state.comparisonChoice().isBaseline(c.id());
    }
}
