package org.caseexplorer.export;

import static org.caseexplorer.export.ExportFixtures.compare;
import static org.caseexplorer.export.ExportFixtures.export;
import static org.caseexplorer.export.ExportFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.caseexplorer.comparison.ComparisonRow;
import org.caseexplorer.cases.Library;
import org.junit.jupiter.api.Test;

/** The same matrix as CSV and as Markdown. */
class TextExportersTest {

    private static List<CSVRecord> csv(Comparison comparison, ExportLanguage language) throws IOException {
        String text = new String(export(new ComparisonCsvExporter(), comparison, settings(language)),
                StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for spreadsheet programs");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void csvHasAHeaderAndOneRecordPerPrincipleWithEachCasesStrength() throws IOException {
        Comparison comparison = compare("xiaomi", "tesla", "haidilao");
        List<CSVRecord> records = csv(comparison, ExportLanguage.EN);
        CSVRecord header = records.get(0);
        assertEquals(List.of("id", "Principle", "Xiaomi: strength", "Xiaomi: explanation", "Xiaomi: evidence",
                "Tesla: strength"), header.toList().subList(0, 6));
        assertEquals(2 + 3 * 3, header.size());
        for (int i = 0; i < comparison.rows().size(); i++) {
            ComparisonRow row = comparison.rows().get(i);
            CSVRecord record = records.get(i + 1);
            assertEquals(row.principle().id(), record.get(0));
            assertEquals(Integer.toString(row.cell(1).strength()), record.get(5));
        }
        CSVRecord participation = records.stream().filter(r -> r.get(0).equals("participation")).findFirst().orElseThrow();
        assertEquals("0", participation.get(5), "no evidence is 0");
        assertEquals("No evidence", participation.get(6));
        assertTrue(participation.get(4).contains("127745"), "quotes verbatim: " + participation.get(4));
    }

    @Test
    void csvInChineseAndWithABaselineAddsTheDifferenceColumns() throws IOException {
        Comparison comparison = compare(ComparisonOptions.DEFAULT.withBaseline(Optional.of("xiaomi")), "xiaomi", "tesla");
        List<CSVRecord> records = csv(comparison, ExportLanguage.ZH);
        assertEquals("原则", records.get(0).get(1));
        assertTrue(records.get(0).get(2).startsWith("小米"));
        assertEquals("特斯拉: 较小米", records.get(0).get(records.get(0).size() - 1));
        CSVRecord participation = records.stream().filter(r -> r.get(0).equals("participation")).findFirst().orElseThrow();
        assertEquals("-3", participation.get(participation.size() - 1));
    }

    @Test
    void csvCellsThatWouldRunAsFormulasAreKeptAsText() {
        assertEquals("'=HYPERLINK(\"x\")", ComparisonCsvExporter.defuse("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", ComparisonCsvExporter.defuse("@SUM(A1)"));
        assertEquals("'+1 vs", ComparisonCsvExporter.defuse("+1 vs"));
        assertEquals("-3", ComparisonCsvExporter.defuse("-3"), "a plain number stays a number");
        assertEquals("小米", ComparisonCsvExporter.defuse("小米"));
    }

    @Test
    void markdownHasTheMatrixAsATableWithOneLinePerPrincipleAndTheSources() throws IOException {
        Comparison comparison = compare("xiaomi", "tesla", "haidilao");
        String md = new String(export(new ComparisonMarkdownExporter(), comparison, settings(ExportLanguage.BOTH)),
                StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Comparison of cases · 案例比较\n"), md.substring(0, 60));
        List<String> tableRows = md.lines().filter(l -> l.startsWith("| **")).toList();
        assertEquals(comparison.rows().size(), tableRows.size());
        assertTrue(md.contains("| Principle · 原则 | Xiaomi 小米 | Tesla 特斯拉 | Haidilao 海底捞 |"), md);
        for (String row : tableRows) {
            long pipes = java.util.regex.Pattern.compile("(?<!\\\\)\\|").matcher(row).results().count();
            assertEquals(5, pipes, "four cells between five unescaped pipes: " + row);
        }
        assertTrue(md.contains("## Sources · 资料来源"));
        assertTrue(md.contains("rise and internet thinking"), md);
        assertFalse(md.contains(".txt"), "no seed file names in a citation");
    }

    /** English readers get each quote's translation with the original; Chinese readers the original. */
    @Test
    void textExportsGiveEnglishReadersTheTranslationBesideTheOriginal() throws IOException {
        Comparison comparison = compare("xiaomi", "haidilao");
        org.caseexplorer.cases.Evidence evidence = comparison.cases().get(1).links().get(0).evidence().get(0);
        String translation = org.caseexplorer.cases.QuoteMarks.english(evidence.translation());
        String original = org.caseexplorer.cases.QuoteMarks.original(evidence.quote());
        for (ComparisonExporter exporter : List.of(new ComparisonCsvExporter(), new ComparisonMarkdownExporter())) {
            String en = new String(export(exporter, comparison, settings(ExportLanguage.EN)), StandardCharsets.UTF_8);
            String zh = new String(export(exporter, comparison, settings(ExportLanguage.ZH)), StandardCharsets.UTF_8);
            String flatEn = en.replace("\\", "");
            assertTrue(flatEn.contains(translation.replace("\\", "")), exporter + ": translation in English");
            assertTrue(flatEn.contains(original), exporter + ": original beside it");
            assertTrue(zh.replace("\\", "").contains(original), exporter + ": original in Chinese");
            assertFalse(zh.contains(evidence.translation()), exporter + ": no English translation in Chinese");
        }
    }

    @Test
    void markdownEscapesPipesAndMarkupInCaseText() {
        assertEquals("a \\| b", "a | b".replace("|", "\\|"));
        assertEquals("\\<script\\>", MarkdownText.inline("<script>"));
        assertEquals("\\*not bold\\*", MarkdownText.inline("*not bold*"));
        assertFalse(MarkdownText.inline("[link](x)").startsWith("["));
    }

    /** Control characters from a case file (an ESC sequence, a bell, a form feed) reach no CSV or Markdown export. */
    @Test
    void controlCharactersInCaseTextReachNeitherTheCsvNorTheMarkdown() throws IOException {
        Library builtIn = ExportFixtures.library();
        String hostile = "\u001B[31mred\u001B[0m\u0007 bell\u000B tab\u000C page\u0001 \u009B end";
        org.caseexplorer.cases.Case xiaomi = builtIn.caseById("xiaomi").orElseThrow();
        org.caseexplorer.cases.PrincipleLink first = xiaomi.links().get(0);
        org.caseexplorer.cases.Case marked = new org.caseexplorer.cases.Case("marked",
                new org.caseexplorer.cases.Bilingual(hostile, hostile), xiaomi.industry(), xiaomi.tagline(), xiaomi.summary(),
                xiaomi.accent(), null, List.of(), List.of(new org.caseexplorer.cases.PrincipleLink(first.principle(),
                        first.strength(), new org.caseexplorer.cases.Bilingual(hostile, hostile), first.evidence())),
                List.of(), "marked.json");
        Library library = new Library(builtIn.principles(), builtIn.sources(), List.of(marked, builtIn.caseById("tesla")
                .orElseThrow()), List.of());
        org.caseexplorer.comparison.Comparison comparison = org.caseexplorer.comparison.Comparison.of(library,
                library.cases(), org.caseexplorer.comparison.ComparisonOptions.DEFAULT);
        for (ComparisonExporter exporter : List.of(new ComparisonCsvExporter(), new ComparisonMarkdownExporter())) {
            String text = new String(export(exporter, comparison, settings(ExportLanguage.BOTH)), StandardCharsets.UTF_8);
            assertTrue(text.contains("red"), exporter + ": the words stay");
            assertTrue(text.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || (c >= 0x7F && c <= 0x9F)), exporter + ": no control character is left");
        }
    }
}
