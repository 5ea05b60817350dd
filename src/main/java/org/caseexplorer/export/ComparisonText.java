package org.caseexplorer.export;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.caseexplorer.cases.Case;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonCell;
import org.caseexplorer.comparison.ComparisonRow;

/**
 * The words of one comparison in the export's language(s), shared by every format: what
 * {@link HandoutWords} says of any handout, and the comparison's names, deltas and title.
 */
final class ComparisonText extends HandoutWords {

    private final Comparison comparison;

    ComparisonText(Comparison comparison, ExportSettings settings) {
        super(settings, comparison.library(), citedSources(comparison));
        this.comparison = comparison;
    }

    /** Every citation in reading order: the key facts case by case, then the matrix row by row. */
    private static List<String> citedSources(Comparison comparison) {
        List<String> sources = new ArrayList<>();
        for (Case c : comparison.cases()) {
            citedByFacts(c.facts(), sources);
        }
        for (ComparisonRow row : comparison.rows()) {
            for (ComparisonCell cell : row.cells()) {
                cell.link().ifPresent(link -> citedBy(link.evidence(), sources));
            }
        }
        return sources;
    }

    Comparison comparison() {
        return comparison;
    }

    /** A case's name on one line: a line break typed into a name is a space in a handout. */
    String caseName(Case c) {
        return name(c.name());
    }

    /** A case's name in each export language, e.g. ["Tiny Times", "小时代"]. */
    List<String> caseNames(Case c) {
        return pieces(c.name()).stream().map(Piece::text).toList();
    }

    /** "+1 vs Xiaomi", "−2 vs Xiaomi", "= Xiaomi"; empty when there is no baseline here. */
    String delta(OptionalInt delta) {
        if (delta.isEmpty()) {
            return "";
        }
        String baseline = comparison.baseline().map(this::caseName).orElse("");
        return labels().stream().map(l -> l.difference(delta.getAsInt(), baseline)).distinct()
                .collect(Collectors.joining(SEPARATOR));
    }

    /** The cases' names as a list: "Xiaomi, Tesla" or, in a Chinese export, "小米、特斯拉". */
    String caseList() {
        return comparison.cases().stream().map(this::caseName).collect(Collectors.joining(listSeparator()));
    }

    /** The title with the cases, for the page header and the document's title. */
    String titleWithCases() {
        return title() + colon() + caseList();
    }

    String title() {
        return label("export.title");
    }
}
