package org.caseexplorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The spreadsheet exports stay inert: no cell, the header's included, is a formula. */
class SpreadsheetExportsTest {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://example.com/x\",\"click\")";

    @TempDir
    static Path dir;
    static Comparison comparison;

    @BeforeAll
    static void hostileCase() throws IOException {
        CaseFileBuilder.aCase("formula").name(FORMULA_NAME, "@SUM(1) 特斯拉").writeTo(dir);
        Library library = new LibraryLoader().open(Optional.of(dir));
        comparison = Comparison.of(library, List.of(library.caseById("formula").orElseThrow(),
                library.caseById("xiaomi").orElseThrow()), ComparisonOptions.DEFAULT.withBaseline(Optional.of("xiaomi")));
    }

    private static boolean startsAFormula(String cell) {
        String start = cell.stripLeading();
        return !cell.matches("-?\\d+") && !start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0
                || cell.startsWith("\t") || cell.startsWith("\r");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "ZH", "BOTH"})
    void noCsvCellHeaderIncludedStartsAFormula(String language) throws IOException {
        String text = new String(ExportFixtures.export(new ComparisonCsvExporter(), comparison,
                ExportFixtures.settings(ExportLanguage.valueOf(language))), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertTrue(records.get(0).toList().stream().anyMatch(h -> h.contains("HYPERLINK") || h.contains("@SUM")),
                "the header names the hostile case");
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertFalse(startsAFormula(cell), () -> "a formula: " + cell);
            }
        }
    }

    @Test
    void defusingLooksPastLeadingSpaceAndLineBreaks() {
        assertEquals("'  =1+1", ComparisonCsvExporter.defuse("  =1+1"));
        assertEquals("'\n=1+1", ComparisonCsvExporter.defuse("\n=1+1"));
        assertEquals("'\t1", ComparisonCsvExporter.defuse("\t1"));
        assertEquals("-3", ComparisonCsvExporter.defuse("-3"));
        assertEquals("Tesla: strength", ComparisonCsvExporter.defuse("Tesla: strength"));
    }

    @Test
    void theWorkbookHoldsEveryTextAsAStringCellAndNoFormulaAndTheChineseAsWritten() throws IOException {
        Map<String, String> parts = unzip(ExportFixtures.export(new ComparisonXlsxExporter(), comparison,
                ExportFixtures.settings(ExportLanguage.BOTH)));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        String strings = textOf(parts.get("xl/sharedStrings.xml"));
        assertFalse(sheet.contains("<f>") || sheet.contains("<f "), "no formula in the sheet");
        assertTrue(strings.contains(FORMULA_NAME), "the name as plain text");
        assertTrue(strings.contains("小米") && strings.contains("原则"), "Chinese as written");
        assertTrue(sheet.contains("t=\"s\""), "texts are shared-string cells");
        assertTrue(sheet.contains("<v>3</v>"), "strengths are numbers");
    }

    /** The text an XML part holds, its character references read. */
    private static String textOf(String xml) throws IOException {
        try {
            return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new StringReader(xml))).getDocumentElement().getTextContent();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(e);
        }
    }

    /** Read by its central directory, as spreadsheet programs read it (fastexcel streams its entries). */
    private static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Path file = Files.write(dir.resolve("comparison.xlsx"), xlsx);
        Map<String, String> parts = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /** A text over Excel's 32,767-character limit is cut between characters, and the cell says how much is left out. */
    @Test
    void aTextOverExcelsCellLimitIsCutAndSaysSo() {
        // An emoji (two UTF-16 units) placed at every point around where the cut falls.
        for (int at = 32_725; at < 32_767; at++) {
            String text = "a".repeat(at) + "😀" + "b".repeat(17_250);
            String cell = ComparisonXlsxExporter.cell(text);
            assertTrue(cell.length() <= ComparisonXlsxExporter.MAX_CELL, "length " + cell.length());
            assertTrue(cell.endsWith("characters · 字]"), cell.substring(cell.length() - 40));
            assertTrue(cell.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "no half of a pair, emoji at " + at);
        }
        assertEquals("short", ComparisonXlsxExporter.cell("short"));
    }
}
