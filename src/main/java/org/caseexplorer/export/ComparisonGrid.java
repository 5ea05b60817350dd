package org.caseexplorer.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.caseexplorer.cases.Case;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonCell;
import org.caseexplorer.comparison.ComparisonRow;

/**
 * The comparison as the spreadsheet exports (CSV and .xlsx) lay it out: a header row, one row
 * per principle with, per case, its strength (0 = no evidence), explanation and quotes, a "vs
 * baseline" column per other case when there is a baseline; then the cited sources. Numbers are
 * {@link Integer}s, everything else text as written.
 */
final class ComparisonGrid {

    private final Comparison comparison;
    private final ComparisonText text;

    ComparisonGrid(Comparison comparison, ComparisonText text) {
        this.comparison = comparison;
        this.text = text;
    }

    List<String> header() {
        List<String> header = new ArrayList<>(List.of("id", text.label("export.principle")));
        for (Case c : comparison.cases()) {
            String name = text.caseName(c);
            header.add(name + ": " + text.label("export.csv.strength"));
            header.add(name + ": " + text.label("export.csv.explanation"));
            header.add(name + ": " + text.label("export.csv.evidence"));
            if (comparison.baseline().isPresent() && !comparison.baseline().get().equals(c)) {
                header.add(name + ": " + text.format("export.csv.delta", text.caseName(comparison.baseline().get())));
            }
        }
        return header;
    }

    List<Object> row(ComparisonRow row) {
        List<Object> record = new ArrayList<>();
        record.add(row.principle().id());
        record.add(text.principleName(row.principle()));
        for (int column = 0; column < row.cells().size(); column++) {
            ComparisonCell cell = row.cell(column);
            record.add(cell.strength());
            record.add(cell.link().map(l -> text.inline(l.explanation())).orElse(text.strengthWord(0)));
            record.add(cell.link().map(l -> l.evidence().stream()
                    .map(e -> text.quoteLine(e) + " [" + text.citation(e.source()) + "]")
                    .collect(Collectors.joining("\n"))).orElse(""));
            if (comparison.baseline().isPresent() && !comparison.baseline().get().equals(cell.subject())) {
                record.add(comparison.deltaToBaseline(row, column).orElse(0));
            }
        }
        return record;
    }

    /** "[1]" and the citation, per cited source. */
    List<List<String>> sources() {
        return text.sourceList().stream().map(s -> List.of("[" + s.getKey() + "]", s.getValue())).toList();
    }
}
