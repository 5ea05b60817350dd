package org.caseexplorer.export;

import java.util.List;
import org.caseexplorer.cases.Case;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonCell;
import org.caseexplorer.comparison.ComparisonRow;

/**
 * A comparison as an XHTML document with print CSS (paged media): the input of the PDF
 * exporter, and a document any browser or office suite can open.
 */
public final class ComparisonHtml extends HandoutHtml {

    /** The page orientation switches to landscape above this many columns of cases. */
    static final int PORTRAIT_MAX_CASES = 3;
    private final ComparisonText text;
    private final Comparison comparison;
    /** The case columns' widths, worked out once for the overview and the matrix alike. */
    private double[] caseColumns;

    private ComparisonHtml(ComparisonText text) {
        super(text);
        this.text = text;
        this.comparison = text.comparison();
    }

    /** The whole document as XHTML text. */
    public static String of(Comparison comparison, ExportSettings settings) {
        return new ComparisonHtml(new ComparisonText(comparison, settings)).build();
    }

    static boolean landscape(Comparison comparison) {
        return comparison.cases().size() > PORTRAIT_MAX_CASES;
    }

    private String build() {
        start();
        html.element("h1", text.title(), "id", "top");
        html.element("p", text.date() + ComparisonText.SEPARATOR + text.caseList(), "class", "meta");
        comparison.baseline().ifPresent(b ->
                html.element("p", text.format("export.baseline", text.caseName(b)), "class", "lead"));
        overview();
        matrix();
        evidence();
        sources();
        return finish();
    }

    @Override
    protected String title() {
        return text.titleWithCases();
    }

    @Override
    protected String subject() {
        return text.format("export.subject", text.caseList());
    }

    @Override
    protected String pageSize() {
        return text.settings().paper().cssName() + (landscape(comparison) ? " landscape" : " portrait");
    }

    @Override
    protected String keywords() {
        StringBuilder keywords = new StringBuilder(text.label("export.keywords"));
        comparison.cases().forEach(c -> keywords.append(text.listSeparator()).append(text.caseName(c)));
        return keywords.toString();
    }

    @Override
    protected void bookmarks() {
        html.open("bookmark", "name", text.title(), "href", "#top").close("bookmark");
        html.open("bookmark", "name", text.label("export.cases"), "href", "#cases").close("bookmark");
        html.open("bookmark", "name", text.label("export.facts"), "href", "#facts").close("bookmark");
        html.open("bookmark", "name", text.label("export.matrix"), "href", "#matrix");
        for (ComparisonRow row : comparison.rows()) {
            html.open("bookmark", "name", text.principleName(row.principle()), "href", "#" + rowId(row))
                    .close("bookmark");
        }
        html.close("bookmark");
        if (hasEvidence()) {
            html.open("bookmark", "name", text.label("export.evidence"), "href", "#evidence").close("bookmark");
        }
        html.open("bookmark", "name", text.label("export.sources"), "href", "#sources").close("bookmark");
    }

    /**
     * The cases side by side in the same columns as the matrix below: industry and tagline, then
     * the key facts. One grid for the whole handout keeps a case in one column from top to end.
     */
    private void overview() {
        html.element("h2", text.label("export.cases"), "id", "cases");
        html.open("table", "class", "grid overview");
        caseHeader(text.label("export.case"));
        html.open("tbody");
        html.open("tr");
        html.open("th", "scope", "row", "class", "principle");
        nowrapPieces(text.labelPieces("export.tagline").stream().map(ComparisonText.Piece::text).distinct().toList());
        html.close("th");
        for (Case c : comparison.cases()) {
            html.open("td");
            html.open("div", "class", "industry");
            pieces(c.industry(), "span");
            html.close("div");
            pieces(c.tagline(), "div");
            html.close("td");
        }
        html.close("tr");
        // A long list of facts may continue on the next page rather than leave this one empty.
        html.open("tr", "id", "facts", "class", "may-split");
        html.open("th", "scope", "row", "class", "principle");
        nowrapPieces(text.labelPieces("export.facts").stream().map(ComparisonText.Piece::text).distinct().toList());
        html.close("th");
        for (Case c : comparison.cases()) {
            html.open("td");
            facts(c.facts());
            html.close("td");
        }
        html.close("tr");
        html.close("tbody").close("table");
    }

    private void caseHeader(String corner) {
        columns();
        html.open("thead").open("tr");
        html.element("th", corner, "scope", "col", "class", "principle");
        for (Case c : comparison.cases()) {
            String name = text.caseName(c);
            boolean baseline = comparison.baseline().filter(c::equals).isPresent();
            html.open("th", "scope", "col", "class", "case-head", "style", "border-top-color: " + c.accent());
            nowrapPieces(text.caseNames(c));
            if (baseline) {
                html.element("div", text.label("compare.baseline"), "class", "delta");
            }
            html.close("th");
        }
        html.close("tr").close("thead");
    }

    /**
     * Column widths: the principle column, then each case's share of the width in proportion to
     * how much it has to say here, with a floor that fits "No evidence". Rows are as tall as
     * their fullest cell, so a case with many quotes in a narrow column would make every row
     * tall and leave its neighbours' cells empty.
     */
    private void columns() {
        if (caseColumns == null) {
            caseColumns = ColumnWidths.of(comparison, text, 100 - principleColumn(), minimumColumn());
        }
        html.open("colgroup");
        html.empty("col", "style", "width: " + principleColumn() + "%");
        for (double width : caseColumns) {
            html.empty("col", "style", String.format(java.util.Locale.ROOT, "width: %.1f%%", width));
        }
        html.close("colgroup");
    }

    /** The principle column's width, in percent of the table: room for a nine-character name. */
    private double principleColumn() {
        return landscape(comparison) ? 12 : 15;
    }

    /** The narrowest a case column may be, in percent of the table: about 30 mm. */
    private double minimumColumn() {
        double textWidthMm = landscape(comparison) ? text.settings().paper().heightMm() - 22
                : text.settings().paper().widthMm() - 22;
        return Math.min(100.0 / comparison.cases().size() - principleColumn() / comparison.cases().size(),
                100 * 30 / textWidthMm);
    }

    private void matrix() {
        html.element("h2", text.label("export.matrix"), "id", "matrix", "class", "keep-with-rows");
        if (comparison.rows().isEmpty()) {
            html.element("p", text.label("compare.noRows"), "class", "lead");
            return;
        }
        html.element("p", text.label("export.legend"), "class", "note");
        html.open("table", "class", "grid matrix");
        caseHeader(text.label("export.principle"));
        html.open("tbody");
        for (ComparisonRow row : comparison.rows()) {
            html.open("tr", "id", rowId(row));
            html.open("th", "scope", "row", "class", "principle");
            nowrapPieces(text.pieces(row.principle().name()).stream().map(ComparisonText.Piece::text).toList());
            html.close("th");
            for (int column = 0; column < row.cells().size(); column++) {
                cell(row, column);
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private void cell(ComparisonRow row, int column) {
        ComparisonCell cell = row.cell(column);
        boolean baseline = comparison.baseline().filter(cell.subject()::equals).isPresent();
        html.open("td", "class", "cell s" + cell.strength() + (baseline ? " baseline-col" : ""));
        // Strength, explanation and the way to the quotes run on in one block: a line saved per
        // cell is a shorter row on every page.
        html.open("div", "class", "strength");
        html.element("span", cell.hasEvidence() ? Integer.toString(cell.strength()) : "\u2013", "class", "level");
        nowrapPieces(text.strengthWords(cell.strength()));
        String delta = text.delta(comparison.deltaToBaseline(row, column));
        if (!delta.isEmpty()) {
            html.element("span", delta, "class", "delta");
        }
        html.close("div");
        cell.link().ifPresent(link -> {
            // The quotes themselves are in the evidence section: in the cell they would make
            // every row as tall as its fullest case and leave the other cells empty.
            List<ComparisonText.Piece> explanation = text.pieces(link.explanation());
            for (int i = 0; i < explanation.size(); i++) {
                ComparisonText.Piece piece = explanation.get(i);
                html.open("p", "class", "explanation", "lang", tag(piece.lang())).text(piece.text());
                if (i == explanation.size() - 1) {
                    html.text(" ");
                    html.element("span", "\u2192\u00A0" + text.format("export.quotesLink", link.evidence().size()),
                            "class", "to-evidence");
                }
                html.close("p");
            }
        });
        html.close("td");
    }

    /**
     * Every quote behind the matrix, principle by principle and case by case, as blocks laid
     * left to right in two columns (three on a landscape page). A grid of table rows rather than
     * CSS columns: openhtmltopdf cannot tag multi-column content for PDF/UA.
     */
    private void evidence() {
        record Block(ComparisonRow row, ComparisonCell cell) {
        }
        List<Block> blocks = comparison.rows().stream()
                .flatMap(row -> row.cells().stream().filter(ComparisonCell::hasEvidence).map(cell -> new Block(row, cell)))
                .toList();
        if (blocks.isEmpty()) {
            return;
        }
        int perRow = landscape(comparison) ? 3 : 2;
        html.element("h2", text.label("export.evidence"), "id", "evidence", "class", "keep-with-blocks");
        html.open("table", "class", "evidence");
        html.open("tbody");
        for (int start = 0; start < blocks.size(); start += perRow) {
            html.open("tr");
            for (int i = start; i < start + perRow; i++) {
                if (i < blocks.size()) {
                    evidenceBlock(blocks.get(i).row(), blocks.get(i).cell());
                } else {
                    html.element("td", "");
                }
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private void evidenceBlock(ComparisonRow row, ComparisonCell cell) {
        html.open("td", "id", evidenceId(row, cell.subject()));
        html.open("p", "class", "ev-head");
        html.element("span", text.principleName(row.principle()), "class", "ev-principle");
        html.text(" \u2014 ");
        html.element("span", "\u25A0 ", "class", "swatch", "style", "color: " + cell.subject().accent());
        html.text(text.caseName(cell.subject()) + ComparisonText.SEPARATOR);
        nowrapPieces(text.strengthWords(cell.strength()));
        html.close("p");
        cell.link().ifPresent(link -> link.evidence().forEach(this::quote));
        html.close("td");
    }

    private boolean hasEvidence() {
        return comparison.rows().stream().anyMatch(r -> r.cells().stream().anyMatch(ComparisonCell::hasEvidence));
    }

    private static String evidenceId(ComparisonRow row, Case subject) {
        return "evidence-" + row.principle().id() + "-" + subject.id();
    }

    private static String rowId(ComparisonRow row) {
        return "principle-" + row.principle().id();
    }
}
