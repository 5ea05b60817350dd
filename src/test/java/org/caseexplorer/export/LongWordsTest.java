package org.caseexplorer.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.junit.jupiter.api.Test;

/**
 * A word of 20,000 letters with no space (a case file is written by anyone) overprinted the other
 * columns and the title in the comparison PDF, and ran off the page in a case's handout. It
 * breaks anywhere as a last resort: every glyph stays on its page.
 */
class LongWordsTest {

    private static final String WORD = "W".repeat(20_000);

    private static Library withALongWord() {
        Library builtIn = ExportFixtures.library();
        Case xiaomi = builtIn.caseById("xiaomi").orElseThrow();
        PrincipleLink first = xiaomi.links().get(0);
        Case marked = new Case("long", new Bilingual("Long " + WORD.substring(0, 300), "长"), xiaomi.industry(),
                xiaomi.tagline(), new Bilingual(WORD, WORD), xiaomi.accent(), null, List.of(),
                List.of(new PrincipleLink(first.principle(), first.strength(), new Bilingual(WORD, WORD), first.evidence())),
                List.of(), "long.json");
        return new Library(builtIn.principles(), builtIn.sources(), List.of(marked, builtIn.caseById("tesla")
                .orElseThrow()), List.of());
    }

    /** The glyphs that lie past their page's right edge. */
    private static List<String> offThePage(byte[] pdf) throws IOException {
        List<String> off = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private float width;

                @Override
                public void processPage(PDPage page) throws IOException {
                    width = page.getMediaBox().getWidth();
                    super.processPage(page);
                }

                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() + p.getWidthDirAdj() > width + 0.5f) {
                            off.add(p.getUnicode() + " at " + p.getXDirAdj() + " of " + width);
                        }
                    }
                }
            };
            stripper.getText(document);
        }
        return off;
    }

    @Test
    void inTheComparisonALongWordStaysInItsColumnAndOnThePage() throws IOException {
        Library library = withALongWord();
        Comparison comparison = Comparison.of(library, library.cases(), ComparisonOptions.DEFAULT);
        byte[] pdf = ExportFixtures.export(new ComparisonPdfExporter(), comparison, ExportFixtures.settings(ExportLanguage.EN));
        List<String> off = offThePage(pdf);
        assertTrue(off.isEmpty(), off.size() + " glyphs off the page, the first: " + off.stream().limit(3).toList());
    }

    @Test
    void inACasesHandoutALongWordStaysOnThePage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Handouts().write(withALongWord(), Handouts.Kind.CASE, "long", ExportFixtures.settings(ExportLanguage.EN),
                ExportFormat.PDF, out, ExportProgress.NONE);
        List<String> off = offThePage(out.toByteArray());
        assertTrue(off.isEmpty(), off.size() + " glyphs off the page, the first: " + off.stream().limit(3).toList());
    }
}
