package org.caseexplorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.BuiltInLibrary;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.LibraryFolder;
import org.caseexplorer.cases.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A user's case written in one language: a one-language export shows the text it has, marked with
 * the language it is in, and the PDF stays tagged (the text carries its own language).
 */
class OneLanguageExportTest {

    private static final String BOTH = """
            {
              "id": "my-case",
              "name": { "en": "My case", "zh": "我的案例" },
              "industry": { "en": "Phones", "zh": "手机" },
              "tagline": { "en": "Fans", "zh": "粉丝" },
              "summary": { "en": "A case.", "zh": "一个案例。" },
              "accent": "#336699",
              "links": [
                { "principle": "participation", "strength": 2,
                  "explanation": { "en": "Fans take part.", "zh": "粉丝参与。" },
                  "evidence": [ { "source": "tesla-rise", "quote": "口碑" } ] }
              ]
            }
            """;

    @TempDir
    Path dir;

    private Library load(String json) throws IOException {
        Files.writeString(dir.resolve("my-case.json"), json);
        Library library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.of(LibraryFolder.of(dir)));
        assertEquals(0, library.problemCount(), () -> "problems: " + library.problems());
        return library;
    }

    private String markdown(Library library, ExportLanguage language) throws IOException {
        Path out = dir.resolve("handout-" + language + ".md");
        Handouts.writeCase(library, "my-case", language, ExportFormat.MARKDOWN, out);
        return Files.readString(out);
    }

    @Test
    void anEnglishHandoutOfAChineseOnlyCaseShowsTheChineseMarkedAsSuch() throws Exception {
        Library library = load(BOTH.replaceAll("\"en\": \"[^\"]*\", ", ""));
        String md = markdown(library, ExportLanguage.EN);
        assertTrue(md.contains("一个案例。 (written in Chinese only)"), md);
        assertTrue(md.contains("粉丝参与。 (written in Chinese only)"), md);
        assertFalse(markdown(library, ExportLanguage.ZH).contains("only"), "the Chinese handout needs no mark");
        assertFalse(markdown(library, ExportLanguage.BOTH).contains("(written in"),
                "both languages: the text is shown once, in the language it has");
    }

    @Test
    void aChineseHandoutOfAnEnglishOnlyCaseShowsTheEnglishMarkedInChinese() throws Exception {
        Library library = load(BOTH.replaceAll(", \"zh\": \"[^\"]*\"", ""));
        String md = markdown(library, ExportLanguage.ZH);
        assertTrue(md.contains("A case. （仅有英文）"), md);
    }

    @Test
    void theEnglishPdfOfAChineseOnlyCaseStaysPdfUa() throws Exception {
        Library library = load(BOTH.replaceAll("\"en\": \"[^\"]*\", ", ""));
        Path out = dir.resolve("handout.pdf");
        Handouts.writeCase(library, "my-case", ExportLanguage.EN, ExportFormat.PDF, out);
        byte[] pdf = Files.readAllBytes(out);
        for (PDFAFlavour flavour : VeraPdf.FLAVOURS) {
            assertEquals(List.of(), VeraPdf.failures(pdf, flavour), flavour.toString());
        }
    }
}
