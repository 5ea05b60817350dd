package org.caseexplorer.comparison;

import java.util.List;
import org.caseexplorer.cases.Principle;

/** One principle across the compared cases, one cell per case in column order. */
public record ComparisonRow(Principle principle, List<ComparisonCell> cells) {

    public ComparisonRow {
        cells = List.copyOf(cells);
    }

    /** The sum of the cases' strengths; no evidence counts 0. */
    public int total() {
        return cells.stream().mapToInt(ComparisonCell::strength).sum();
    }

    /** How far apart the strongest and the weakest case are (no evidence counts 0). */
    public int spread() {
        int max = cells.stream().mapToInt(ComparisonCell::strength).max().orElse(0);
        int min = cells.stream().mapToInt(ComparisonCell::strength).min().orElse(0);
        return max - min;
    }

    /** True when every case illustrates the principle. */
    public boolean shared() {
        return cells.stream().allMatch(ComparisonCell::hasEvidence);
    }

    public boolean differs() {
        return spread() > 0;
    }

    /** The cell of the case in column {@code column}. */
    public ComparisonCell cell(int column) {
        return cells.get(column);
    }
}
