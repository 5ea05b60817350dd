package org.caseexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonCell;
import org.caseexplorer.comparison.ComparisonRow;

/**
 * The comparison as GitHub-flavoured Markdown: the cases, their key facts, the matrix as a
 * table (strength, explanation and quotes in each cell) and the numbered sources.
 */
public final class ComparisonMarkdownExporter implements ComparisonExporter {

    private static String inline(String text) {
        return MarkdownText.inline(text);
    }

    /** Between the parts of a matrix cell: strength, explanation, each quote. */
    static final String PART = " · ";

    @Override
    public void write(Comparison comparison, ExportSettings settings, OutputStream out, ExportProgress progress)
            throws IOException {
        ComparisonText text = new ComparisonText(comparison, settings);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(text.title())).append("\n\n");
        md.append(inline(text.date() + ComparisonText.SEPARATOR + text.caseList())).append("\n\n");
        comparison.baseline().ifPresent(b ->
                md.append(inline(text.format("export.baseline", text.caseName(b)))).append("\n\n"));

        md.append("## ").append(inline(text.label("export.cases"))).append("\n\n");
        for (Case c : comparison.cases()) {
            md.append("- **").append(inline(text.caseName(c))).append("**").append(text.dash())
                    .append(inline(text.inline(c.industry()))).append(text.colon())
                    .append(inline(text.inline(c.tagline()))).append('\n');
        }

        md.append("\n## ").append(inline(text.label("export.facts"))).append("\n\n");
        for (Case c : comparison.cases()) {
            md.append("### ").append(inline(text.caseName(c))).append("\n\n");
            if (c.facts().isEmpty()) {
                md.append(inline(text.label("export.noFacts"))).append('\n');
            }
            for (Fact fact : c.facts()) {
                md.append("- ").append(inline(text.inline(fact.label()))).append(text.colon())
                        .append(inline(text.factValue(fact)));
                if (fact.source() != null) {
                    md.append(" [").append(text.citation(fact.source())).append("]");
                }
                md.append('\n');
            }
            md.append('\n');
        }
        progress.reached(0.3);

        md.append("## ").append(inline(text.label("export.matrix"))).append("\n\n");
        if (comparison.rows().isEmpty()) {
            md.append(inline(text.label("compare.noRows"))).append("\n\n");
        } else {
            md.append(inline(text.label("export.legend"))).append("\n\n");
            matrix(comparison, text, md);
        }

        MarkdownText.sources(text, md);
        MarkdownText.write(md, out);
        progress.reached(1.0);
    }

    private static void matrix(Comparison comparison, ComparisonText text, StringBuilder md) {
        List<String> header = new ArrayList<>();
        header.add(cell(text.label("export.principle")));
        comparison.cases().forEach(c -> header.add(cell(text.caseName(c)
                + (comparison.baseline().filter(c::equals).isPresent() ? " (" + text.label("compare.baseline") + ")" : ""))));
        row(md, header);
        row(md, header.stream().map(h -> "---").toList());
        for (ComparisonRow row : comparison.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add("**" + cell(text.principleName(row.principle())) + "**");
            for (int column = 0; column < row.cells().size(); column++) {
                ComparisonCell cell = row.cell(column);
                StringBuilder value = new StringBuilder();
                value.append("**").append(cell.hasEvidence() ? cell.strength() : "–").append("** ")
                        .append(cell(text.strengthWord(cell.strength())));
                String delta = text.delta(comparison.deltaToBaseline(row, column));
                if (!delta.isEmpty()) {
                    value.append(" (").append(cell(delta)).append(')');
                }
                // A table cell is one line, and a renderer in safe mode drops <br>: the parts of a
                // cell follow one another, set apart by " · ".
                cell.link().ifPresent(link -> {
                    value.append(PART).append(cell(text.inline(link.explanation())));
                    for (Evidence evidence : link.evidence()) {
                        value.append(PART).append(cell(text.quoteLine(evidence))).append(" [")
                                .append(text.citation(evidence.source())).append(']');
                    }
                });
                cells.add(value.toString());
            }
            row(md, cells);
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** Text inside a table cell: as {@link #inline}; a pipe is escaped there too, so it cannot end the cell. */
    private static String cell(String text) {
        return inline(text);
    }
}
