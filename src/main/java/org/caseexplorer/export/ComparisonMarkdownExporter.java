package org.caseexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

        md.append("## ").append(inline(text.label("export.sources"))).append("\n\n");
        // "[1]" as the text cites it; the address as an autolink in angle brackets, unescaped,
        // so every renderer links it whole (an escaped "\_" would end up inside the link).
        for (ComparisonText.Cited source : text.cited()) {
            md.append("- \\[").append(source.number()).append("\\] ").append(inline(source.citation()));
            if (source.url() != null) {
                md.append(" <").append(autolinkSafe(source.url())).append('>');
            }
            md.append('\n');
        }
        md.append('\n').append(inline(text.label("export.quotesNote"))).append('\n');

        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(md.toString());
        writer.flush();
        progress.reached(1.0);
    }

    /** An address for {@code <…>}: what would end the autolink or break it is percent-encoded. */
    static String autolinkSafe(String url) {
        StringBuilder safe = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            if (c == '<' || c == '>' || c <= ' ' || c == '\\' || c == '`') {
                safe.append(String.format("%%%02X", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
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

    /** The characters that mean something inline in CommonMark or GFM (or on GitHub: $ for math). */
    private static final String INLINE_MARKUP = "\\`*_[]<>#&~|!$";

    /**
     * Text from a case file as Markdown that any CommonMark or GFM renderer shows as written, on
     * one line: every character that could start markup, an HTML tag, an entity ({@code &amp;}),
     * strikethrough ({@code ~~}) or a table cell's end ({@code |}) is backslash-escaped; a line
     * break becomes a space (which is what a renderer shows for one); and what would begin a block
     * at the start of a line, inside a list item ({@code 1. }, {@code - }, {@code + }, {@code =}),
     * is escaped too, as is a GitHub emoji code such as {@code :smile:}.
     */
    static String inline(String text) {
        String oneLine = text.replaceAll("\\r\\n|[\\r\\n\\t\\u000B\\u000C\\u0085\\u2028\\u2029]", " ").strip();
        StringBuilder out = new StringBuilder(oneLine.length() + 8);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (INLINE_MARKUP.indexOf(c) >= 0 || (c == ':' && emojiCodeStarts(oneLine, i))) {
                out.append('\\');
            }
            out.append(c);
        }
        return escapeBlockStart(out.toString());
    }

    /** "1. x" or "1) x" would start an ordered list, "- x", "+ x" a bullet list, "=" or "-" alone a heading underline. */
    private static String escapeBlockStart(String text) {
        java.util.regex.Matcher ordered = java.util.regex.Pattern.compile("^(\\d{1,9})([.)])").matcher(text);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + text.substring(ordered.group(1).length());
        }
        if (!text.isEmpty() && "-+=".indexOf(text.charAt(0)) >= 0) {
            return "\\" + text;
        }
        return text;
    }

    /** A colon that opens ":name:", which GitHub draws as an emoji. */
    private static boolean emojiCodeStarts(String text, int colon) {
        int end = colon + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || "_+-".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        return end > colon + 1 && end < text.length() && text.charAt(end) == ':';
    }
}
