package org.caseexplorer.export;

import static org.caseexplorer.export.ExportFixtures.library;
import static org.caseexplorer.export.ExportFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handouts of one case and one principle, read back: PDF/UA, pages, bookmarks, fonts, quotes, Markdown. */
class HandoutsTest {

    private static final Handouts HANDOUTS = new Handouts();
    private static final Map<ExportLanguage, byte[]> XIAOMI = new EnumMap<>(ExportLanguage.class);
    private static final Map<ExportLanguage, byte[]> USER_THINKING = new EnumMap<>(ExportLanguage.class);

    @TempDir
    Path dir;

    @BeforeAll
    static void exportOnce() throws IOException {
        for (ExportLanguage language : ExportLanguage.values()) {
            XIAOMI.put(language, write(library(), Handouts.Kind.CASE, "xiaomi", language, ExportFormat.PDF));
            USER_THINKING.put(language, write(library(), Handouts.Kind.PRINCIPLE, "user-thinking", language,
                    ExportFormat.PDF));
        }
    }

    private static byte[] write(Library library, Handouts.Kind kind, String id, ExportLanguage language,
                                ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HANDOUTS.write(library, kind, id, settings(language), format, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    private static String markdown(Library library, Handouts.Kind kind, String id, ExportLanguage language)
            throws IOException {
        return new String(write(library, kind, id, language, ExportFormat.MARKDOWN), StandardCharsets.UTF_8);
    }

    private static List<byte[]> everyPdf() {
        List<byte[]> all = new ArrayList<>(XIAOMI.values());
        all.addAll(USER_THINKING.values());
        return all;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s", "");
    }

    @Test
    void everyPageSaysWhoPreparedItAndWhenAndNoNameIsInventedWithoutOne() throws IOException {
        ExportSettings named = new ExportSettings(ExportLanguage.BOTH, Paper.A4, ExportFixtures.DATE, "Dr Li Wei");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HANDOUTS.write(library(), Handouts.Kind.CASE, "xiaomi", named, ExportFormat.PDF, out, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(document).contains("Prepared by Dr Li Wei, 23 November 2026"), "page " + page);
            }
        }
        // Without a name: the date, and no "Prepared by Case Explorer".
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        HANDOUTS.write(library(), Handouts.Kind.CASE, "xiaomi", new ExportSettings(ExportLanguage.ZH, Paper.A4,
                ExportFixtures.DATE, null), ExportFormat.PDF, plain, ExportProgress.NONE);
        String unnamed = text(plain.toByteArray());
        assertTrue(unnamed.contains("编制于 2026年11月23日"), unnamed);
        assertFalse(unnamed.contains("编制，"), unnamed);
    }

    @Tag("slow") // veraPDF checks each handout
    @Test
    void everyHandoutPassesPdfUa1AndPdfA2uWithVeraPdf() throws Exception {
        for (var flavour : VeraPdf.FLAVOURS) {
            for (byte[] bytes : everyPdf()) {
                List<String> failures = VeraPdf.failures(bytes, flavour);
                assertTrue(failures.isEmpty(), flavour + ": " + failures);
            }
        }
    }

    @Test
    void everyPageSaysPageNOfMAndEveryFontIsAnEmbeddedSubset() throws IOException {
        for (byte[] bytes : everyPdf()) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                int pages = pdf.getNumberOfPages();
                boolean chinese = "zh-CN".equals(pdf.getDocumentCatalog().getLanguage());
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= pages; page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String expected = chinese ? "第 " + page + " 页，共 " + pages + " 页" : "Page " + page + " of " + pages;
                    assertTrue(stripper.getText(pdf).contains(expected), "page " + page + ": " + expected);
                    for (var name : pdf.getPage(page - 1).getResources().getFontNames()) {
                        PDFont font = pdf.getPage(page - 1).getResources().getFont(name);
                        assertTrue(font.isEmbedded() && font.getName().matches("[A-Z]{6}\\+CaseExplorerSans-.*"),
                                font.getName());
                    }
                }
            }
        }
        try (PDDocument pdf = Loader.loadPDF(XIAOMI.get(ExportLanguage.EN))) {
            assertTrue(pdf.getNumberOfPages() >= 2, "Xiaomi's evidence fills more than a page");
        }
    }

    @Test
    void aCaseHandoutHasItsBookmarksMetadataAndEveryPrincipleStrongestFirst() throws IOException {
        Case xiaomi = library().caseById("xiaomi").orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(XIAOMI.get(ExportLanguage.EN))) {
            assertEquals("Xiaomi \u2014 Case handout", pdf.getDocumentInformation().getTitle());
            assertEquals("Test Author", pdf.getDocumentInformation().getAuthor());
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
            List<String> top = new ArrayList<>();
            List<String> principles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                item.children().forEach(child -> principles.add(child.getTitle()));
            }
            assertEquals(List.of("Xiaomi", "Summary", "Key facts", "Principles and evidence", "Sources"), top);
            List<String> expected = xiaomi.links().stream()
                    .map(l -> library().principle(l.principle()).orElseThrow().name().en()).toList();
            assertEquals(expected, principles);
        }
        List<Integer> strengths = xiaomi.links().stream().map(PrincipleLink::strength).toList();
        List<Integer> sorted = new ArrayList<>(strengths);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, strengths, "the case keeps its links strongest first");
    }

    @Test
    void everyQuoteOfTheCaseExtractsVerbatimWithItsTranslationInEnglish() throws IOException {
        Case xiaomi = library().caseById("xiaomi").orElseThrow();
        String english = squeezed(text(XIAOMI.get(ExportLanguage.EN)));
        String chinese = squeezed(text(XIAOMI.get(ExportLanguage.ZH)));
        int quotes = 0;
        for (PrincipleLink link : xiaomi.links()) {
            for (Evidence evidence : link.evidence()) {
                String original = squeezed(evidence.quote()).replace('\uFF0C', ',');
                assertTrue(english.replace('\uFF0C', ',').contains(original), "original in English handout: " + evidence.quote());
                assertTrue(chinese.replace('\uFF0C', ',').contains(original), "original in Chinese handout: " + evidence.quote());
                if (evidence.translation() != null) {
                    String translation = squeezed(evidence.translation()).replace('\u201C', '\u2018').replace('\u201D', '\u2019');
                    assertTrue(english.contains(translation), "translation: " + evidence.translation());
                    assertFalse(chinese.contains(translation), "no English translation in the Chinese handout");
                }
                quotes++;
            }
        }
        assertTrue(quotes > 5, "quotes checked: " + quotes);
    }

    /** A Chinese handout is Chinese throughout: labels, punctuation and the citations. */
    @Test
    void aChineseHandoutHasChineseLabelsAndChineseCitations() throws IOException {
        for (byte[] bytes : List.of(XIAOMI.get(ExportLanguage.ZH), USER_THINKING.get(ExportLanguage.ZH))) {
            String text = text(bytes);
            assertFalse(text.contains("Sources") || text.contains("handout") || text.contains("Key facts"), text);
            String sources = text.substring(text.lastIndexOf("资料来源"));
            assertFalse(sources.replaceAll("https?://\\S+", "").matches("(?s).*[A-Za-z]{3,}.*"),
                    "no English in Chinese citations: " + sources);
        }
        assertTrue(text(XIAOMI.get(ExportLanguage.ZH)).contains("小米——案例讲义"));
    }

    @Test
    void aPrincipleHandoutHasItsDefinitionSourceFamilyAndCasesStrongestFirst() throws IOException {
        Principle userThinking = library().principle("user-thinking").orElseThrow();
        String both = text(USER_THINKING.get(ExportLanguage.BOTH));
        assertTrue(both.contains("User thinking 用户思维"), both);
        assertTrue(squeezed(both).contains(squeezed(userThinking.source().quote())), "the source's words, verbatim");
        assertTrue(both.contains("5.4.1"), "the section");
        for (Principle law : library().children("user-thinking")) {
            assertTrue(squeezed(both).contains(squeezed(law.name().en())), "a law below it: " + law.name().en());
        }
        List<Case> illustrating = library().cases().stream().filter(c -> c.link("user-thinking").isPresent()).toList();
        assertFalse(illustrating.isEmpty());
        try (PDDocument pdf = Loader.loadPDF(USER_THINKING.get(ExportLanguage.EN))) {
            List<String> cases = new ArrayList<>();
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                item.children().forEach(child -> cases.add(child.getTitle()));
            }
            assertEquals(List.of("User thinking", "Definition", "Where it comes from", "Place among the principles",
                    "In the sources’ own words", "Cases with evidence", "Sources"), top);
            assertEquals(illustrating.size(), cases.size());
            List<Integer> strengths = cases.stream().map(name -> library().cases().stream()
                    .filter(c -> c.name().en().equals(name)).findFirst().orElseThrow()
                    .link("user-thinking").orElseThrow().strength()).toList();
            for (int i = 1; i < strengths.size(); i++) {
                assertTrue(strengths.get(i - 1) >= strengths.get(i), "strongest first: " + cases + " " + strengths);
            }
        }
        // More of the sources' own words, each verbatim with its translation and where it is from.
        assertEquals(2, userThinking.quotes().size());
        String bothMd = markdown(library(), Handouts.Kind.PRINCIPLE, "user-thinking", ExportLanguage.BOTH);
        for (Principle.SourceRef quote : userThinking.quotes()) {
            assertTrue(squeezed(both).contains(squeezed(quote.quote())), "verbatim in the PDF: " + quote.quote());
            // Inside the translation's own quotation marks, its quotation marks are single.
            String nested = quote.translation().replace('\u201C', '\u2018').replace('\u201D', '\u2019');
            assertTrue(bothMd.replace("\\", "").contains(nested), "translated: " + nested);
        }
        String participation = markdown(library(), Handouts.Kind.PRINCIPLE, "participation", ExportLanguage.EN);
        assertTrue(participation.contains("## In the sources’ own words"), participation);
        assertTrue(participation.contains("未來,沒有粉絲的品牌都會消亡。"), participation);
        // The section in the handout's language (issue 24: no Chinese section names in an English handout).
        assertTrue(participation.contains("Section: 5.4.1 Law 2"), participation);
        assertFalse(participation.contains("法则"), participation);
        assertTrue(markdown(library(), Handouts.Kind.PRINCIPLE, "participation", ExportLanguage.ZH).contains("章节：5.4.1 法则2"));
        // A law names its parent.
        String law = markdown(library(), Handouts.Kind.PRINCIPLE, "grassroots", ExportLanguage.EN);
        assertTrue(law.contains("Part of: User thinking"), law);
    }

    @Test
    void everyCitationIsALinkDescribedWithItsSource() throws IOException {
        for (byte[] bytes : everyPdf()) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                int links = 0;
                for (PDPage page : pdf.getPages()) {
                    for (var annotation : page.getAnnotations()) {
                        if (annotation instanceof PDAnnotationLink link) {
                            assertTrue(link.getContents() != null && link.getContents().matches("(Source|资料来源) ?\\d+.*"),
                                    link.getContents());
                            links++;
                        }
                    }
                }
                assertTrue(links > 0);
            }
        }
    }

    @Test
    void markdownHandoutsHoldTheSameQuotesAndEscapeCaseText() throws IOException {
        Case xiaomi = library().caseById("xiaomi").orElseThrow();
        String md = markdown(library(), Handouts.Kind.CASE, "xiaomi", ExportLanguage.EN);
        assertTrue(md.startsWith("# Xiaomi\n"), md.substring(0, 40));
        Evidence first = xiaomi.links().get(0).evidence().get(0);
        assertTrue(md.contains(MarkdownText.inline(first.quote())), "the original quote");
        assertTrue(md.contains("## Sources"));
        // Hostile text from a case file stays text.
        Case hostile = new Case("hostile", new Bilingual("<script>x</script> *bold*", "<b>名</b>"), xiaomi.industry(),
                xiaomi.tagline(), xiaomi.summary(), xiaomi.accent(), null, xiaomi.facts(), xiaomi.links(), xiaomi.web(),
                "hostile.json");
        List<Case> cases = new ArrayList<>(library().cases());
        cases.add(hostile);
        Library withHostile = new Library(library().principles(), library().sources(), cases, List.of());
        String hostileMd = markdown(withHostile, Handouts.Kind.CASE, "hostile", ExportLanguage.BOTH);
        assertTrue(hostileMd.startsWith("# \\<script\\>x\\</script\\> \\*bold\\* \\<b\\>名\\</b\\>\n"), hostileMd.substring(0, 80));
        String hostilePdf = text(write(withHostile, Handouts.Kind.CASE, "hostile", ExportLanguage.EN, ExportFormat.PDF));
        assertTrue(hostilePdf.contains("<script>x</script> *bold*"), "markup is shown as written in the PDF");
        String zh = markdown(library(), Handouts.Kind.PRINCIPLE, "user-thinking", ExportLanguage.ZH);
        assertTrue(zh.contains("## 定义") && zh.contains("## 资料来源"), zh);
    }

    @Test
    void anUnknownIdOrAFormatOtherThanPdfOrMarkdownWritesNothing() throws IOException {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Handouts.writeCase(library(), "xiomi", ExportLanguage.EN, ExportFormat.PDF, dir.resolve("x.pdf")));
        assertTrue(unknown.getMessage().contains("unknown case 'xiomi'") && unknown.getMessage().contains("'xiaomi'"),
                unknown.getMessage());
        IllegalArgumentException principle = assertThrows(IllegalArgumentException.class,
                () -> Handouts.writePrinciple(library(), "xiaomi", ExportLanguage.EN, ExportFormat.MARKDOWN,
                        dir.resolve("x.md")));
        assertTrue(principle.getMessage().contains("unknown principle 'xiaomi'"), principle.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Handouts.writeCase(library(), "xiaomi", ExportLanguage.EN, ExportFormat.CSV, dir.resolve("x.csv")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
        Handouts.writePrinciple(library(), "iteration", ExportLanguage.ZH, ExportFormat.MARKDOWN, dir.resolve("p.md"));
        assertTrue(Files.readString(dir.resolve("p.md")).startsWith("# "));
    }

    @Test
    void aPrincipleNoCaseIllustratesSaysSo() throws IOException {
        Principle lonely = new Principle("lonely", new Bilingual("Lonely", "孤独"), new Bilingual("None.", "无。"), null, null);
        List<Principle> principles = new ArrayList<>(library().principles());
        principles.add(lonely);
        Library library = new Library(principles, library().sources(), library().cases(), List.of());
        String md = markdown(library, Handouts.Kind.PRINCIPLE, "lonely", ExportLanguage.EN);
        assertTrue(md.contains("No case in the library has evidence for this principle."), md);
        assertTrue(md.contains("No source section is recorded for this principle."), md);
        String pdf = text(write(library, Handouts.Kind.PRINCIPLE, "lonely", ExportLanguage.ZH, ExportFormat.PDF));
        assertTrue(pdf.contains("库中没有案例有此原则的例证。"), pdf);
    }
}
