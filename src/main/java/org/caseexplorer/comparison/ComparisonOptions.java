package org.caseexplorer.comparison;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a comparison chooses and orders its rows, and which case (if any) is the baseline.
 * {@code onlyPrinciples} empty means every principle; otherwise rows are limited to those ids
 * (the principle filter, already expanded to the laws below a parent), and {@code
 * withoutPrinciples} are always dropped.
 */
public record ComparisonOptions(RowOrder order, RowScope scope, Set<String> onlyPrinciples,
                                Set<String> withoutPrinciples, Optional<String> baseline) {

    public static final ComparisonOptions DEFAULT =
            new ComparisonOptions(RowOrder.LIBRARY, RowScope.ALL, Set.of(), Set.of(), Optional.empty());

    public ComparisonOptions {
        Objects.requireNonNull(order);
        Objects.requireNonNull(scope);
        onlyPrinciples = Set.copyOf(onlyPrinciples);
        withoutPrinciples = Set.copyOf(withoutPrinciples);
        Objects.requireNonNull(baseline);
    }

    public ComparisonOptions withOrder(RowOrder newOrder) {
        return new ComparisonOptions(newOrder, scope, onlyPrinciples, withoutPrinciples, baseline);
    }

    public ComparisonOptions withScope(RowScope newScope) {
        return new ComparisonOptions(order, newScope, onlyPrinciples, withoutPrinciples, baseline);
    }

    public ComparisonOptions withPrinciples(Set<String> only, Set<String> without) {
        return new ComparisonOptions(order, scope, only, without, baseline);
    }

    public ComparisonOptions withBaseline(Optional<String> caseId) {
        return new ComparisonOptions(order, scope, onlyPrinciples, withoutPrinciples, caseId);
    }
}
