package org.caseexplorer.export;

import java.util.Arrays;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonRow;

/**
 * Each case column's share of a table's width, in proportion to how much text the case has in
 * the export (Chinese characters count twice, being twice as wide), never below a floor.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * Widths in percent that add up to {@code available}, none below {@code minimum}, chosen so
     * that the table is as short as it can be: a row is as tall as its fullest cell (text over
     * width), and the widths are shifted between columns while that shortens the sum over rows.
     */
    static double[] of(Comparison comparison, ComparisonText text, double available, double minimum) {
        int n = comparison.cases().size();
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        double[] taglines = new double[n];
        double[] facts = new double[n];
        for (int c = 0; c < n; c++) {
            Case subject = comparison.cases().get(c);
            taglines[c] = width(text, subject.industry()) + width(text, subject.tagline());
            for (Fact fact : subject.facts()) {
                facts[c] += width(text, fact.label()) + width(text, fact.value());
            }
        }
        rows.add(taglines);
        rows.add(facts);
        for (ComparisonRow row : comparison.rows()) {
            double[] cells = new double[n];
            for (int c = 0; c < n; c++) {
                int column = c;
                row.cell(c).link().ifPresent(link -> {
                    cells[column] += width(text, link.explanation());
                });
            }
            rows.add(cells);
        }
        return shortest(rows, available, minimum);
    }

    /** Local search from equal widths: move width between two columns while the height falls. */
    static double[] shortest(java.util.List<double[]> rows, double available, double minimum) {
        int n = rows.isEmpty() ? 0 : rows.get(0).length;
        double[] widths = new double[n];
        if (n == 0) {
            return widths;
        }
        double floor = Math.min(minimum, available / n);
        Arrays.fill(widths, available / n);
        double best = height(rows, widths);
        for (double step = available / 8; step >= 0.1; step /= 2) {
            boolean improved = true;
            while (improved) {
                improved = false;
                for (int from = 0; from < n; from++) {
                    for (int to = 0; to < n; to++) {
                        if (from == to || widths[from] - step < floor - 1e-9) {
                            continue;
                        }
                        widths[from] -= step;
                        widths[to] += step;
                        double h = height(rows, widths);
                        if (h < best - 1e-9) {
                            best = h;
                            improved = true;
                        } else {
                            widths[from] += step;
                            widths[to] -= step;
                        }
                    }
                }
            }
        }
        return widths;
    }

    /** The table's height in arbitrary units: per row, its fullest cell's text over its width. */
    static double height(java.util.List<double[]> rows, double[] widths) {
        double total = 0;
        for (double[] row : rows) {
            double tallest = 0;
            for (int c = 0; c < row.length; c++) {
                tallest = Math.max(tallest, row[c] / widths[c]);
            }
            total += tallest;
        }
        return total;
    }

    private static double width(ComparisonText text, Bilingual value) {
        return text.pieces(value).stream().mapToDouble(p -> width(p.text())).sum();
    }

    private static double width(String s) {
        double width = 0;
        for (int i = 0; i < s.length(); i++) {
            width += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return width;
    }
}
