package org.caseexplorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryFolder;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.cases.io.OneLanguageCaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A user's case written in one language (the case of {@link OneLanguageCaseTest}): a
 * one-language export shows the text it has, marked with
 * the language it is in, and the PDF stays tagged (the text carries its own language).
 */
class OneLanguageExportTest {

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
        Library library = load(OneLanguageCaseTest.chineseOnly());
        String md = markdown(library, ExportLanguage.EN);
        assertTrue(md.contains("一个案例。 (written in Chinese only)"), md);
        assertTrue(md.contains("粉丝参与。 (written in Chinese only)"), md);
        assertFalse(markdown(library, ExportLanguage.ZH).contains("only"), "the Chinese handout needs no mark");
        assertFalse(markdown(library, ExportLanguage.BOTH).contains("(written in"),
                "both languages: the text is shown once, in the language it has");
    }

    @Test
    void aChineseHandoutOfAnEnglishOnlyCaseShowsTheEnglishMarkedInChinese() throws Exception {
        Library library = load(OneLanguageCaseTest.englishOnly());
        String md = markdown(library, ExportLanguage.ZH);
        assertTrue(md.contains("A case. （仅有英文）"), md);
    }

    @Test
    void theEnglishPdfOfAChineseOnlyCaseStaysPdfUa() throws Exception {
        Library library = load(OneLanguageCaseTest.chineseOnly());
        Path out = dir.resolve("handout.pdf");
        Handouts.writeCase(library, "my-case", ExportLanguage.EN, ExportFormat.PDF, out);
        byte[] pdf = Files.readAllBytes(out);
        for (PDFAFlavour flavour : VeraPdf.FLAVOURS) {
            assertEquals(List.of(), VeraPdf.failures(pdf, flavour), flavour.toString());
        }
    }
}
