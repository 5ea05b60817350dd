package org.caseexplorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handout never calls a quote verbatim that nobody checked against its source: a user's quote
 * citing a source with no text is marked unchecked, and the note on quotes says so. A quote
 * checked against its source's text, and the built-in quotes (checked by the build), are not marked.
 */
class UncheckedQuoteExportTest {

    private static final String EN_MARK = "(unchecked: no text of the source to check it against)";
    private static final String ZH_MARK = "（未核对：没有来源原文可供核对）";
    /** The note's unqualified claim, as the built-in handouts keep it. */
    private static final String VERBATIM = "is verbatim from the source, in the characters and punctuation it is printed in.";
    private static final String QUALIFIED = "except the quotes marked otherwise";

    @TempDir
    Path dir;

    /** A case with two quotes: one citing a source with a text (and found there), one citing a source with none. */
    private Library library() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/article.txt"), "小米的參與感，來自用戶。\n");
        Files.writeString(dir.resolve("sources.json"), """
                {"sources": [
                  {"id": "with-text", "title": {"en": "With text", "zh": "有原文"}, "text": "sources/article.txt"},
                  {"id": "no-text", "title": {"en": "No text", "zh": "无原文"}}
                ]}""");
        Files.writeString(dir.resolve("mine.json"), """
                {
                  "id": "mine",
                  "name": { "en": "Mine", "zh": "我的" },
                  "industry": { "en": "Phones", "zh": "手机" },
                  "tagline": { "en": "Fans", "zh": "粉丝" },
                  "summary": { "en": "A case.", "zh": "一个案例。" },
                  "accent": "#336699",
                  "links": [
                    { "principle": "participation", "strength": 2,
                      "explanation": { "en": "Fans take part.", "zh": "粉丝参与。" },
                      "evidence": [
                        { "source": "with-text", "quote": "小米的參與感", "translation": "Xiaomi's participation" },
                        { "source": "no-text", "quote": "我們自己寫的話", "translation": "Words we wrote ourselves" },
                        { "source": "with-text", "quote": "来自用户", "translation": "from the users" }
                      ] }
                  ]
                }
                """);
        Library library = new LibraryLoader().open(Optional.of(dir));
        assertEquals(0, library.problemCount(), library.problems()::toString);
        return library;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theMarkdownHandoutMarksOnlyTheUncheckedQuoteAndQualifiesTheNote() throws IOException {
        Path md = dir.resolve("out/mine.md");
        Files.createDirectories(md.getParent());
        Handouts.writeCase(library(), "mine", ExportLanguage.EN, ExportFormat.MARKDOWN, md);
        List<String> lines = Files.readAllLines(md);
        String checked = lines.stream().filter(l -> l.contains("參與感")).findFirst().orElseThrow();
        String unchecked = lines.stream().filter(l -> l.contains("我們自己寫的話")).findFirst().orElseThrow();
        assertFalse(checked.contains("unchecked"), checked);
        assertTrue(unchecked.contains(EN_MARK.replace("(", "\\(").replace(")", "\\)"))
                || unchecked.contains(EN_MARK), unchecked);
        String all = String.join("\n", lines);
        assertFalse(all.contains(VERBATIM), "the unqualified claim is gone: " + all);
        assertTrue(all.contains(QUALIFIED), all);
        // In simplified characters, while the source prints traditional ones: not called verbatim,
        // and the source's own wording is given.
        String folded = lines.stream().filter(l -> l.contains("来自用户")).findFirst().orElseThrow();
        assertTrue(folded.contains("(not as the source prints it, which has 「來自用戶」)")
                || folded.contains("\\(not as the source prints it, which has 「來自用戶」\\)"), folded);
    }

    @Test
    void thePdfHandoutInChineseMarksTheUncheckedQuoteInChinese() throws IOException {
        Path pdf = dir.resolve("out/mine.pdf");
        Files.createDirectories(pdf.getParent());
        Handouts.writeCase(library(), "mine", ExportLanguage.ZH, ExportFormat.PDF, pdf);
        String text = pdfText(pdf);
        assertEquals(1, text.split(ZH_MARK, -1).length - 1, text);
        assertTrue(text.contains("另有标注的引文除外"), text);
        assertTrue(text.contains("（与原文写法不同，原文作「來自用戶」）"), text);
    }

    @Test
    void theComparisonPdfMarksTheUserCaseButNotTheBuiltInOne() throws IOException {
        Library library = library();
        Comparison comparison = Comparison.of(library, List.of(library.caseById("mine").orElseThrow(),
                library.caseById("xiaomi").orElseThrow()), ComparisonOptions.DEFAULT);
        byte[] bytes = ExportFixtures.export(new ComparisonPdfExporter(), comparison,
                ExportFixtures.settings(ExportLanguage.EN));
        Path pdf = Files.write(dir.resolve("cmp.pdf"), bytes);
        String text = pdfText(pdf);
        assertEquals(1, text.split(java.util.regex.Pattern.quote(EN_MARK), -1).length - 1, text);
        assertTrue(text.contains(QUALIFIED), text);
    }

    @Test
    void aBuiltInHandoutKeepsItsClaimThatEveryQuoteIsVerbatim() throws IOException {
        Path md = dir.resolve("xiaomi.md");
        Handouts.writeCase(ExportFixtures.library(), "xiaomi", ExportLanguage.EN, ExportFormat.MARKDOWN, md);
        String text = Files.readString(md);
        assertTrue(text.contains(VERBATIM), text);
        assertFalse(text.contains("unchecked"), text);
    }

    @Test
    void theSpreadsheetRowsMarkTheUncheckedQuoteToo() throws IOException {
        Library library = library();
        Comparison comparison = Comparison.of(library, List.of(library.caseById("mine").orElseThrow(),
                library.caseById("xiaomi").orElseThrow()), ComparisonOptions.DEFAULT);
        String csv = new String(ExportFixtures.export(new ComparisonCsvExporter(), comparison,
                ExportFixtures.settings(ExportLanguage.EN)), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, csv.split(java.util.regex.Pattern.quote(EN_MARK), -1).length - 1, csv);
    }
}
