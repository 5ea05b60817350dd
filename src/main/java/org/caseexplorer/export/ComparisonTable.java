package org.caseexplorer.export;

import java.util.ArrayList;
import java.util.List;
import org.caseexplorer.cases.Case;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonCell;
import org.caseexplorer.comparison.ComparisonRow;

/**
 * The comparison's matrix as a table to paste: a principle per row, a case per column, each cell
 * its strength and explanation, as tab-separated text (a spreadsheet takes it cell by cell) and
 * as an HTML table (a word processor or slide takes it as a real table). In the export's
 * language; quotes and sources stay in the handouts.
 */
public final class ComparisonTable {

    private final List<List<String>> rows;

    private ComparisonTable(List<List<String>> rows) {
        this.rows = rows;
    }

    public static ComparisonTable of(Comparison comparison, ExportSettings settings) {
        ComparisonText text = new ComparisonText(comparison, settings);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(text.label("export.principle")));
        for (Case c : comparison.cases()) {
            header.add(text.caseName(c));
        }
        rows.add(header);
        for (ComparisonRow row : comparison.rows()) {
            List<String> cells = new ArrayList<>(List.of(text.principleName(row.principle())));
            for (int column = 0; column < row.cells().size(); column++) {
                ComparisonCell cell = row.cell(column);
                String word = text.strengthWord(cell.strength());
                // It opens the cell: "Mentioned — …", not "mentioned — …".
                String strength = word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                String explanation = cell.link().map(l -> text.inline(l.explanation())).orElse("");
                String delta = comparison.deltaToBaseline(row, column).isPresent()
                        ? " (" + text.delta(comparison.deltaToBaseline(row, column)) + ")" : "";
                cells.add(explanation.isEmpty() ? strength + delta : strength + delta + text.dash() + explanation);
            }
            rows.add(cells);
        }
        return new ComparisonTable(rows);
    }

    /** The header row and then a row per principle, each a list of cell texts. */
    public List<List<String>> rows() {
        return rows;
    }

    /** Lines of tab-separated cells; tabs and line breaks inside a cell become spaces. */
    public String tabSeparated() {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                out.append(ControlCharacters.dropped(row.get(i)).replaceAll("[\\t\\r\\n]+", " "));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A bordered HTML table, the first row and column as headers, its charset declared for LibreOffice. */
    public String html() {
        Xhtml out = new Xhtml().empty("meta", "charset", "utf-8")
                .open("table", "border", "1", "cellpadding", "4", "style", "border-collapse:collapse");
        for (int r = 0; r < rows.size(); r++) {
            out.open("tr");
            for (int i = 0; i < rows.get(r).size(); i++) {
                String tag = r == 0 || i == 0 ? "th" : "td";
                out.element(tag, rows.get(r).get(i), "valign", "top", "style", r == 0 ? null : "text-align:left");
            }
            out.close("tr");
        }
        return out.close("table").toString();
    }
}
