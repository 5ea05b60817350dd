package org.caseexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caseexplorer.cases.Case;
import org.caseexplorer.compare.Comparison;
import org.caseexplorer.compare.ComparisonCell;
import org.caseexplorer.compare.ComparisonRow;

/**
 * The comparison matrix as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
 * read the Chinese right): one row per principle; per case its strength (0 = no evidence), the
 * explanation, and the quotes with their sources; a "vs baseline" column per other case when
 * there is a baseline.
 */
public final class ComparisonCsvExporter implements ComparisonExporter {

    @Override
    public void write(Comparison comparison, ExportSettings settings, OutputStream out, ExportProgress progress)
            throws IOException {
        ComparisonText text = new ComparisonText(comparison, settings);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(header(comparison, text));
        for (ComparisonRow row : comparison.rows()) {
            List<String> record = new ArrayList<>();
            record.add(row.principle().id());
            record.add(text.principleName(row.principle()));
            for (int column = 0; column < row.cells().size(); column++) {
                ComparisonCell cell = row.cell(column);
                record.add(Integer.toString(cell.strength()));
                record.add(cell.link().map(l -> text.inline(l.explanation())).orElse(text.strengthWord(0)));
                record.add(cell.link().map(l -> l.evidence().stream()
                        .map(e -> "\u201C" + e.quote() + "\u201D [" + text.citation(e.source()) + "]")
                        .collect(Collectors.joining("\n"))).orElse(""));
                if (comparison.baseline().isPresent() && !comparison.baseline().get().equals(cell.subject())) {
                    record.add(Integer.toString(comparison.deltaToBaseline(row, column).orElse(0)));
                }
            }
            csv.printRecord(record.stream().map(ComparisonCsvExporter::defuse).toList());
            progress.reached((double) comparison.rows().indexOf(row) / comparison.rows().size());
        }
        csv.println();
        for (var source : text.sourceList()) {
            csv.printRecord("[" + source.getKey() + "]", defuse(source.getValue()));
        }
        csv.flush();
        progress.reached(1.0);
    }

    private static List<String> header(Comparison comparison, ComparisonText text) {
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

    /**
     * A spreadsheet runs a cell that starts with = + - or @ as a formula; case files are written
     * by anyone, so such text is kept as text with a leading apostrophe (OWASP's advice).
     */
    static String defuse(String cell) {
        if (cell.isEmpty() || cell.matches("-?\\d+")) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
