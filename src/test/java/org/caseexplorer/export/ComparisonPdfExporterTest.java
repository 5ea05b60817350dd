package org.caseexplorer.export;

import static org.caseexplorer.export.ExportFixtures.compare;
import static org.caseexplorer.export.ExportFixtures.export;
import static org.caseexplorer.export.ExportFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported PDF read back: pages, text in both scripts, fonts, repeated header, metadata, PDF/UA. */
class ComparisonPdfExporterTest {

    private static final ComparisonPdfExporter EXPORTER = new ComparisonPdfExporter();
    private static byte[] fiveInEnglish;
    private static byte[] threeInBoth;

    @BeforeAll
    static void exportOnce() throws IOException {
        fiveInEnglish = export(EXPORTER, compare("xiaomi", "tesla", "haidilao", "ganqishi", "xiaotimes"),
                settings(ExportLanguage.EN));
        threeInBoth = export(EXPORTER, compare("xiaomi", "tesla", "haidilao"), settings(ExportLanguage.BOTH));
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    @Test
    void fiveCasesAreLaidOutLandscapeOverSeveralPagesEachNumberedPageNOfM() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fiveInEnglish)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3 && pages <= 12, "pages: " + pages);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertTrue(box.getWidth() > box.getHeight(), "landscape for five columns");
            assertEquals(842, Math.round(box.getWidth()), "A4 is 842 pt wide in landscape");
            List<String> texts = pageTexts(pdf);
            for (int page = 1; page <= pages; page++) {
                assertTrue(texts.get(page - 1).contains("Page " + page + " of " + pages), "page " + page);
            }
        }
    }

    @Test
    void threeCasesAreLaidOutPortraitAndLetterPaperIsLetter() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(threeInBoth)) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertTrue(box.getHeight() > box.getWidth(), "portrait for three columns");
        }
        byte[] letter = export(EXPORTER, compare("xiaomi", "tesla"), settings(ExportLanguage.EN).withPaper(Paper.LETTER));
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            assertEquals(612, Math.round(pdf.getPage(0).getMediaBox().getWidth()));
            assertEquals(792, Math.round(pdf.getPage(0).getMediaBox().getHeight()));
        }
    }

    @Test
    void caseAndPrincipleNamesExtractInEnglishAndChinese() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(threeInBoth)) {
            String text = new PDFTextStripper().getText(pdf);
            for (String name : List.of("Xiaomi", "小米", "Tesla", "特斯拉", "Haidilao", "海底捞",
                    "User thinking", "用户思维", "Word of mouth", "口碑", "第 1 页")) {
                assertTrue(text.contains(name), "extractable: " + name);
            }
            assertFalse(text.contains("#"), "no glyph fell back to the missing-glyph marker");
            // A quote keeps the traditional characters of its source; the evidence is laid out in
            // two columns, so it is read column by column.
            assertTrue(columnText(pdf).replaceAll("\\s", "").contains("雷軍多次表明,小米不靠賣硬件賺錢,而是通過賣軟件、構建生態系統賺錢。"),
                    "quote extracts verbatim");
        }
    }

    @Test
    void chineseOnlyExportHasChineseLabelsAndNoEnglishOnes() throws IOException {
        byte[] zh = export(EXPORTER, compare("xiaomi", "tesla"), settings(ExportLanguage.ZH));
        try (PDDocument pdf = Loader.loadPDF(zh)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("案例比较"));
            assertTrue(text.contains("原则对比"));
            assertFalse(text.contains("Principles compared"));
            assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
        }
    }

    /**
     * A Chinese handout is Chinese throughout: Chinese punctuation in every label, list and
     * citation (the quotes keep the sources' own punctuation, and an address stays an address),
     * and no seed file name or English word in its citations.
     */
    @Test
    void aChineseHandoutUsesChinesePunctuationAndChineseCitations() throws IOException {
        Comparison comparison = compare("xiaomi", "tesla", "haidilao", "ganqishi", "xiaotimes");
        String document = ComparisonHtml.of(comparison, settings(ExportLanguage.ZH));
        String body = document.substring(document.indexOf("<body"));
        // What the handout says in its own words: the quotes (marked zh-Hant) and addresses aside.
        String words = body.replaceAll("<[^>]*lang=\"zh-Hant\"[^>]*>[^<]*</[a-z]+>", "")
                .replaceAll("<[^>]+>", "").replace("&amp;", "&")
                .replaceAll("https?://[\\x21-\\x7e]+", "");
        java.util.regex.Matcher ascii = java.util.regex.Pattern.compile(
                "[\\u4e00-\\u9fff\\u3001-\\u303f\\uff01-\\uff5e][,:;()?!]|[,:;()?!](?=[\\u4e00-\\u9fff])").matcher(words);
        assertFalse(ascii.find(), () -> "ASCII punctuation in Chinese: …" + words.substring(
                Math.max(0, ascii.start() - 12), Math.min(words.length(), ascii.end() + 12)) + "…");
        String sources = words.substring(words.lastIndexOf("资料来源"));
        assertFalse(sources.matches("(?s).*[A-Za-z]{3,}.*"), "no English in Chinese citations: " + sources);
        try (PDDocument pdf = Loader.loadPDF(export(EXPORTER, comparison, settings(ExportLanguage.ZH)))) {
            assertFalse(new PDFTextStripper().getText(pdf).contains(".txt"), "no seed file names");
        }
    }

    /** A raw line break would end the page header's CSS string and leave the PDF blank. */
    @Test
    void aCaseNameWithALineBreakOrALoneSurrogateStillMakesAWholeHandout() throws IOException {
        Case tesla = ExportFixtures.library().caseById("tesla").orElseThrow();
        Case odd = new Case("odd", new org.caseexplorer.cases.Bilingual("New\nLine \uD800", "新\r\n行"), tesla.industry(),
                tesla.tagline(), tesla.summary(), tesla.accent(), null, tesla.facts(), tesla.links(), tesla.web(), "odd.json");
        Comparison comparison = Comparison.of(ExportFixtures.library(),
                List.of(odd, ExportFixtures.library().caseById("xiaomi").orElseThrow()), ComparisonOptions.DEFAULT);
        for (ExportLanguage language : ExportLanguage.values()) {
            try (PDDocument pdf = Loader.loadPDF(export(EXPORTER, comparison, settings(language)))) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains(language == ExportLanguage.ZH ? "新 行" : "New Line"), language + ": " + text.substring(0, 200));
                assertTrue(pdf.getPage(0).getResources().getFontNames().iterator().hasNext(), "fonts embedded");
            }
        }
    }

    @Test
    void shortChineseLabelsAreKeptWholeAndOthersMayWrap() {
        assertTrue(ComparisonHtml.keptWhole("典型例证"));
        assertTrue(ComparisonHtml.keptWhole("生态系统与超级入口"));
        assertFalse(ComparisonHtml.keptWhole("得“中下层消费者”者得天下"), "too long to keep whole in a narrow column");
        assertFalse(ComparisonHtml.keptWhole("defining example"), "Latin text breaks only at spaces anyway");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        for (byte[] bytes : List.of(fiveInEnglish, threeInBoth)) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                int fonts = 0;
                for (PDPage page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " embedded");
                        assertTrue(font.getName().matches("[A-Z]{6}\\+CaseExplorerSans-.*"), font.getName() + " is a subset");
                        fonts++;
                    }
                }
                assertTrue(fonts > 0);
            }
        }
    }

    @Test
    void theMatrixHeaderRowRepeatsOnEveryPageOfTheMatrix() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fiveInEnglish)) {
            List<String> texts = pageTexts(pdf);
            int first = indexOfPageWith(texts, "Principles compared");
            int evidence = indexOfPageWith(texts, "\nEvidence\n");
            assertTrue(first >= 0 && evidence > first + 1, "the matrix spans at least two pages before the evidence");
            for (int i = first + 1; i < evidence; i++) {
                String header = texts.get(i).lines().filter(l -> l.startsWith("Principle ")).findFirst().orElse("");
                assertTrue(header.contains("Xiaomi") && header.contains("Tiny Times"),
                        "header row on page " + (i + 1) + ": " + texts.get(i).substring(0, 200));
            }
        }
    }

    /** The text of every page read as two columns, left then right. */
    private static String columnText(PDDocument pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        for (PDPage page : pdf.getPages()) {
            org.apache.pdfbox.text.PDFTextStripperByArea stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            stripper.addRegion("left", new java.awt.geom.Rectangle2D.Float(0, 0, width / 2, height));
            stripper.addRegion("right", new java.awt.geom.Rectangle2D.Float(width / 2, 0, width / 2, height));
            stripper.extractRegions(page);
            text.append(stripper.getTextForRegion("left")).append(stripper.getTextForRegion("right"));
        }
        return text.toString();
    }

    private static int indexOfPageWith(List<String> texts, String regex) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
        for (int i = 0; i < texts.size(); i++) {
            if (pattern.matcher(texts.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The handout is dense: no page but the last is less than about two thirds full, measured as
     * the lowest text on the page against the lowest text on the fullest page.
     */
    @Test
    void everyPageButTheLastIsAtLeastTwoThirdsFull() throws IOException {
        for (byte[] bytes : List.of(fiveInEnglish, threeInBoth)) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                List<Float> bottoms = new ArrayList<>();
                for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                    float[] lowest = {0};
                    PDFTextStripper stripper = new PDFTextStripper() {
                        @Override
                        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                            for (var position : positions) {
                                // The page number in the footer does not count.
                                if (position.getYDirAdj() < position.getPageHeight() - 40) {
                                    lowest[0] = Math.max(lowest[0], position.getYDirAdj());
                                }
                            }
                        }
                    };
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    stripper.getText(pdf);
                    bottoms.add(lowest[0]);
                }
                float fullest = bottoms.stream().max(Float::compare).orElse(0f);
                for (int p = 0; p < bottoms.size() - 1; p++) {
                    assertTrue(bottoms.get(p) >= fullest * 0.62f,
                            "page " + (p + 1) + " of " + bottoms.size() + " ends at " + bottoms.get(p) + " of " + fullest);
                }
            }
        }
    }

    @Test
    void metadataTitleAuthorSubjectKeywordsLanguageAndBookmarks() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fiveInEnglish)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertTrue(info.getTitle().startsWith("Comparison of cases: Xiaomi, Tesla"), info.getTitle());
            assertEquals("Test Author", info.getAuthor());
            assertTrue(info.getSubject().contains("principles of internet thinking"), info.getSubject());
            assertTrue(info.getKeywords().contains("internet thinking"), info.getKeywords());
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(List.of("Comparison of cases", "Cases", "Key facts", "Principles compared", "Evidence", "Sources"),
                    bookmarks);
        }
    }

    @Test
    void citationsLinkToTheSourcesList() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fiveInEnglish)) {
            String text = new PDFTextStripper().getText(pdf);
            String sources = text.substring(text.lastIndexOf("Sources"));
            for (int n = 1; n <= 4; n++) {
                assertTrue(sources.contains("[" + n + "] \u201C"), "source " + n + " cited by its title: " + sources);
            }
            assertTrue(text.contains("http://www.nywlwx.com/zixun_detail/28528.html"), "full address of the source that names one");
            assertFalse(text.contains(".txt"), "no seed file names in a citation");
            assertTrue(sources.contains("In Chinese."), "an English reader learns the article is in Chinese: " + sources);
            long links = 0;
            for (PDPage page : pdf.getPages()) {
                links += page.getAnnotations().stream().filter(a -> "Link".equals(a.getSubtype())).count();
            }
            assertTrue(links > 20, "each citation is a link: " + links);
        }
    }

    @Test
    void everyLinkIsDescribedWithTheSourceItShows() throws IOException {
        // A case with three times Xiaomi's key facts: its facts row breaks across pages, which lays
        // a later column's citations out before an earlier one's (the sequence of "[n]" in the
        // text is then not the order of the links).
        org.caseexplorer.cases.Case xiaomi = ExportFixtures.library().caseById("xiaomi").orElseThrow();
        List<org.caseexplorer.cases.Fact> many = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            many.addAll(xiaomi.facts());
        }
        org.caseexplorer.cases.Case longer = new org.caseexplorer.cases.Case("longer", xiaomi.name(), xiaomi.industry(),
                xiaomi.tagline(), xiaomi.summary(), xiaomi.accent(), null, many, xiaomi.links(), xiaomi.web(), xiaomi.file());
        byte[] broken = export(EXPORTER, org.caseexplorer.comparison.Comparison.of(ExportFixtures.library(),
                List.of(ExportFixtures.library().caseById("haidilao").orElseThrow(), longer,
                        ExportFixtures.library().caseById("tesla").orElseThrow()),
                org.caseexplorer.comparison.ComparisonOptions.DEFAULT), settings(ExportLanguage.BOTH));
        for (byte[] bytes : List.of(fiveInEnglish, threeInBoth, broken)) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                for (PDPage page : pdf.getPages()) {
                    var links = page.getAnnotations().stream()
                            .filter(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink)
                            .toList();
                    org.apache.pdfbox.text.PDFTextStripperByArea stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
                    float height = page.getMediaBox().getHeight();
                    for (int i = 0; i < links.size(); i++) {
                        PDRectangle r = links.get(i).getRectangle();
                        stripper.addRegion("" + i, new java.awt.geom.Rectangle2D.Float(r.getLowerLeftX() - 1,
                                height - r.getUpperRightY() - 1, r.getWidth() + 2, r.getHeight() + 2));
                    }
                    stripper.extractRegions(page);
                    for (int i = 0; i < links.size(); i++) {
                        String shown = stripper.getTextForRegion("" + i).replaceAll("\\s", "");
                        String described = links.get(i).getContents();
                        assertTrue(described != null && described.startsWith("Source"), described);
                        // A link's box may take in neighbouring text; the citation it describes must be in it.
                        String number = described.replaceAll("^\\D*(\\d+).*$", "$1");
                        assertTrue(shown.contains("[" + number + "]"), "link over “" + shown + "” is described as " + described);
                    }
                }
            }
        }
    }

    @Tag("slow") // veraPDF checks each document, about 5 s
    @Test
    void passesPdfUa1AndPdfA2uWithVeraPdf() throws Exception {
        for (var flavour : VeraPdf.FLAVOURS) {
            for (byte[] bytes : List.of(fiveInEnglish, threeInBoth)) {
                List<String> failures = VeraPdf.failures(bytes, flavour);
                assertTrue(failures.isEmpty(), flavour + ": " + failures);
            }
        }
    }

    @Test
    void aBaselineShowsTheOtherCasesRelativeToIt() throws IOException {
        Comparison comparison = compare(ComparisonOptions.DEFAULT.withBaseline(Optional.of("xiaomi")), "xiaomi", "tesla");
        try (PDDocument pdf = Loader.loadPDF(export(EXPORTER, comparison, settings(ExportLanguage.EN)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Baseline: Xiaomi"));
            assertTrue(text.contains("\u22123 vs Xiaomi"), "Tesla has no evidence where Xiaomi has a defining example");
        }
    }

    @Test
    void cancellingStopsTheExportWithoutFinishingIt() {
        ExportProgress cancelAtLayout = done -> {
            if (done >= 0.3) {
                throw new CancellationException("cancelled");
            }
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThrows(CancellationException.class, () ->
                EXPORTER.write(compare("xiaomi", "tesla"), settings(ExportLanguage.EN), out, cancelAtLayout));
        assertEquals(0, out.size(), "nothing was written");
    }

    @Test
    void printingRendersTheSamePagesAsThePdf() throws IOException {
        var pages = PdfPages.render(fiveInEnglish, 30);
        try (PDDocument pdf = Loader.loadPDF(fiveInEnglish)) {
            assertEquals(pdf.getNumberOfPages(), pages.size());
        }
        assertTrue(pages.get(0).getWidth() > pages.get(0).getHeight(), "landscape pages print landscape");
    }

    /** Text in a case file that looks like markup (HTML, entities, Markdown) is shown as written. */
    @Test
    void caseTextThatLooksLikeMarkupStaysText(@TempDir Path dir) throws IOException {
        CaseFileBuilder.aCase("markup")
                .name("<b>Bold</b> &amp; Co", "<b>粗体</b>公司")
                .tagline("Says <script>alert(1)</script> and **bold**", "标语")
                .fact("Cell", "格", "x</td></tr></table>y", "值", null, null)
                .link("brand", 3, "An explanation with &lt;i&gt; and <i>slanted</i>", "解释",
                        CaseFileBuilder.quote(CaseFileBuilder.BUILT_IN_SOURCE, "引文<b>&amp;</b>", "a quote"))
                .writeTo(dir);
        Library library = new LibraryLoader().open(Optional.of(dir));
        Comparison comparison = Comparison.of(library, List.of(library.caseById("markup").orElseThrow(),
                library.caseById("xiaomi").orElseThrow()), ComparisonOptions.DEFAULT);

        String html = ComparisonHtml.of(comparison, settings(ExportLanguage.EN));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script"), "no script element from a case's text");
        assertFalse(html.contains("<b>Bold</b>") || html.contains("<i>slanted</i>"), "no element from a case's text");
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; &amp;amp; Co"), "the name escaped, its entity included");

        try (PDDocument pdf = Loader.loadPDF(export(EXPORTER, comparison, settings(ExportLanguage.EN)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            for (String literal : List.of("<b>Bold</b>&amp;Co", "<script>alert(1)</script>", "**bold**",
                    "x</td></tr></table>y", "&lt;i&gt;and<i>slanted</i>", "引文<b>&amp;</b>")) {
                assertTrue(text.contains(literal), () -> "shown as written: " + literal + " in " + text);
            }
        }
    }
}
