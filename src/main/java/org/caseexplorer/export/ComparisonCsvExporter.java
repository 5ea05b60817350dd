package org.caseexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonRow;

/**
 * The comparison matrix as CSV (RFC 4180, UTF-8 with a byte-order mark, which Excel and Numbers
 * take as UTF-8; LibreOffice asks, see the README), laid out as {@link ComparisonGrid} says. No
 * cell, the header's included, can start a formula.
 */
public final class ComparisonCsvExporter implements ComparisonExporter {

    @Override
    public void write(Comparison comparison, ExportSettings settings, OutputStream out, ExportProgress progress)
            throws IOException {
        ComparisonGrid grid = new ComparisonGrid(comparison, new ComparisonText(comparison, settings));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(defused(grid.header()));
        List<ComparisonRow> rows = comparison.rows();
        for (int i = 0; i < rows.size(); i++) {
            csv.printRecord(defused(grid.row(rows.get(i))));
            progress.reached((double) i / rows.size());
        }
        csv.println();
        for (List<String> source : grid.sources()) {
            csv.printRecord(defused(source));
        }
        csv.flush();
        progress.reached(1.0);
    }

    private static List<String> defused(List<?> cells) {
        return cells.stream().map(cell -> cell instanceof Integer n ? n.toString()
                : defuse(ControlCharacters.dropped(cell.toString()))).toList();
    }

    /**
     * A spreadsheet runs a cell that starts with = + - or @ (after any spaces, in some programs)
     * as a formula, and some also after a tab or a carriage return; case files are written by
     * anyone, so such text is kept as text with a leading apostrophe (OWASP's advice). Whole
     * numbers are numbers and stay as they are.
     */
    static String defuse(String cell) {
        if (cell.isEmpty() || cell.matches("-?\\d+")) {
            return cell;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return "'" + cell;
        }
        String start = cell.stripLeading();
        char significant = start.isEmpty() ? ' ' : start.charAt(0);
        return significant == '=' || significant == '+' || significant == '-' || significant == '@'
                ? "'" + cell : cell;
    }
}
