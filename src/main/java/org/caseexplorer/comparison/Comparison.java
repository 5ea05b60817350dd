package org.caseexplorer.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;

/**
 * Two to five cases side by side: one row per principle that at least one of them illustrates,
 * one column per case, chosen and ordered by {@link ComparisonOptions}. Plain data, computed
 * once; the view, the exporters and the command line all read the same value.
 */
public record Comparison(Library library, List<Case> cases, List<ComparisonRow> rows, Optional<Case> baseline,
                         ComparisonOptions options) {

    public static final int MIN_CASES = 2;
    public static final int MAX_CASES = 5;

    public Comparison {
        cases = List.copyOf(cases);
        rows = List.copyOf(rows);
    }

    /**
     * Compares {@code cases}, in that column order. Fewer than {@link #MIN_CASES} gives a
     * comparison with no rows (there is nothing to compare); more than {@link #MAX_CASES} is
     * refused.
     */
    public static Comparison of(Library library, List<Case> cases, ComparisonOptions options) {
        if (cases.size() > MAX_CASES) {
            throw new IllegalArgumentException("at most " + MAX_CASES + " cases can be compared, not " + cases.size());
        }
        Optional<Case> baseline = options.baseline()
                .flatMap(id -> cases.stream().filter(c -> c.id().equals(id)).findFirst());
        List<ComparisonRow> rows = new ArrayList<>();
        if (cases.size() >= MIN_CASES) {
            Predicate<Principle> wanted = p -> (options.onlyPrinciples().isEmpty()
                    || options.onlyPrinciples().contains(p.id())) && !options.withoutPrinciples().contains(p.id());
            for (Principle principle : library.principles()) {
                if (!wanted.test(principle)) {
                    continue;
                }
                ComparisonRow row = new ComparisonRow(principle, cases.stream()
                        .map(c -> new ComparisonCell(c, c.link(principle.id())))
                        .toList());
                if (row.total() > 0 && inScope(row, options.scope())) {
                    rows.add(row);
                }
            }
            rows.sort(order(options.order()));
        }
        return new Comparison(library, cases, rows, baseline, options);
    }

    private static boolean inScope(ComparisonRow row, RowScope scope) {
        return switch (scope) {
            case ALL -> true;
            case ONLY_DIFFERENCES -> row.differs();
            case ONLY_SHARED -> row.shared();
        };
    }

    private static Comparator<ComparisonRow> order(RowOrder order) {
        // List.sort is stable: ties keep the library's order.
        return switch (order) {
            case LIBRARY -> (a, b) -> 0;
            case TOTAL_STRENGTH -> Comparator.comparingInt(ComparisonRow::total).reversed();
            case DIFFERENCE -> Comparator.comparingInt(ComparisonRow::spread).reversed()
                    .thenComparing(Comparator.comparingInt(ComparisonRow::total).reversed());
        };
    }

    /** True when there are enough cases to compare. */
    public boolean isComplete() {
        return cases.size() >= MIN_CASES;
    }

    public int columnOf(Case c) {
        return cases.indexOf(c);
    }

    /**
     * How the cell in {@code column} differs from the baseline's cell in the same row: +1 when
     * one step stronger, -3 when the baseline has a defining example and this case none.
     * Empty when there is no baseline or the column is the baseline itself.
     */
    public OptionalInt deltaToBaseline(ComparisonRow row, int column) {
        if (baseline.isEmpty()) {
            return OptionalInt.empty();
        }
        int base = cases.indexOf(baseline.get());
        if (base == column) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(row.cell(column).strength() - row.cell(base).strength());
    }
}
