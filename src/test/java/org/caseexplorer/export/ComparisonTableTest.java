package org.caseexplorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

    @Test
    void aRowPerPrincipleAndAColumnPerCaseInTheTabSeparatedText() {
        Comparison comparison = ExportFixtures.compare("xiaomi", "tesla", "haidilao");
        ComparisonTable table = ComparisonTable.of(comparison, ExportFixtures.settings(ExportLanguage.EN));
        List<String> lines = table.tabSeparated().lines().toList();
        assertEquals(comparison.rows().size() + 1, lines.size());
        assertEquals(List.of("Principle", "Xiaomi", "Tesla", "Haidilao"), List.of(lines.get(0).split("\t")));
        for (String line : lines) {
            assertEquals(4, line.split("\t", -1).length, line);
        }
        // A cell says how strongly, then why.
        assertTrue(lines.get(1).split("\t")[1].matches("\\p{Lu}\\p{L}+.*"), lines.get(1));
    }

    @Test
    void theHtmlIsATableWithHeadersAndEscapedText() {
        Comparison comparison = ExportFixtures.compare("xiaomi", "tesla");
        ComparisonTable table = ComparisonTable.of(comparison, ExportFixtures.settings(ExportLanguage.ZH));
        String html = table.html();
        assertTrue(html.startsWith("<meta charset=\"utf-8\"/><table"), html.substring(0, 60));
        assertEquals(comparison.rows().size() + 1, html.split("<tr>", -1).length - 1);
        assertTrue(html.contains("<th valign=\"top\">小米</th>"), html);
        assertFalse(html.replaceAll("<[^>]+>", "").contains("<"), "no markup from the text itself");
    }

    @Test
    void aBaselineAddsTheDifferenceToEachOtherCase() {
        Comparison plain = ExportFixtures.compare("xiaomi", "tesla");
        Comparison withBaseline = ExportFixtures.compare(ComparisonOptions.DEFAULT.withBaseline(java.util.Optional.of("xiaomi")), "xiaomi", "tesla");
        String a = ComparisonTable.of(plain, ExportFixtures.settings(ExportLanguage.EN)).tabSeparated();
        String b = ComparisonTable.of(withBaseline, ExportFixtures.settings(ExportLanguage.EN)).tabSeparated();
        List<String> rowsA = a.lines().toList();
        List<String> rowsB = b.lines().toList();
        for (int r = 1; r < rowsA.size(); r++) {
            String[] cellsA = rowsA.get(r).split("\t");
            String[] cellsB = rowsB.get(r).split("\t");
            assertEquals(cellsA[1], cellsB[1], "the baseline's own cell is unchanged");
            assertTrue(cellsB[2].length() > cellsA[2].length() && cellsB[2].contains("("), "the other case's cell gains its difference: " + cellsB[2]);
        }
    }
}
