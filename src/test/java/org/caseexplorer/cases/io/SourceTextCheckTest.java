package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.provenance.QuoteVerdict.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotes checked against the text a user library gives for its sources, as the loader does it. */
class SourceTextCheckTest {

    static final String ARTICLE = "第一節\n小米的參與感，來自用戶。\nThe quick brown fox jumps over the lazy dog.\n";

    @TempDir
    Path dir;

    static String sources(String text) {
        return """
                {
                  "sources": [
                    { "id": "my-article", "title": { "en": "My article", "zh": "我的文章" }, "text": %s }
                  ]
                }
                """.formatted(text == null ? "null" : "\"" + text + "\"").replace(", \"text\": null", "");
    }

    /** A case citing my-article with these quotes, one per line from line 12 on. */
    static String caseWith(String... quotes) {
        StringBuilder evidence = new StringBuilder();
        for (int i = 0; i < quotes.length; i++) {
            evidence.append(i == 0 ? "" : ",\n").append("        { \"source\": \"my-article\", \"quote\": \"")
                    .append(quotes[i]).append("\" }");
        }
        return """
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
                      "evidence": [
                %s
                      ] }
                  ]
                }
                """.formatted(evidence);
    }

    private Library load() {
        return new LibraryLoader().load(BuiltInLibrary.folder(), Optional.of(LibraryFolder.of(dir)));
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<Evidence> evidence(Library library) {
        return library.caseById("my-case").orElseThrow().links().get(0).evidence();
    }

    private void writeLibrary(String... quotes) throws IOException {
        write("sources/article.txt", ARTICLE);
        write("sources.json", sources("sources/article.txt"));
        write("my-case.json", caseWith(quotes));
    }

    @Test
    void everyQuoteGetsItsVerdictAndOnlyTheMissingOneIsAProblemAtItsLineAndColumn() throws IOException {
        writeLibrary("小米的參與感，來自用戶。", "小米的参与感,来自用户。", "小米的參與感，來自粉絲。");
        Library library = load();
        List<State> states = evidence(library).stream().map(e -> e.verdict().state()).toList();
        assertEquals(List.of(State.VERIFIED, State.FOLDED, State.NOT_FOUND), states);
        assertEquals("小米的參與感，來自用戶。", evidence(library).get(1).verdict().sourceWording());

        assertEquals(1, library.problemCount(), () -> "problems: " + library.problems());
        Problem missing = library.problems().stream().filter(p -> !p.isNote()).findFirst().orElseThrow();
        assertEquals(14, missing.line());
        assertEquals(44, missing.column());
        assertEquals("links[0].evidence[2].quote", missing.field());
        assertTrue(missing.message().contains("is not in the text of source 'my-article' (sources/article.txt)"),
                missing.message());
        assertTrue(missing.message().contains("closest passage there is 「小米的參與感，來自用戶。」"), missing.message());

        Problem note = library.problems().stream().filter(Problem::isNote).findFirst().orElseThrow();
        assertEquals(13, note.line());
        assertTrue(note.format().contains(": note: links[0].evidence[1].quote: "), note.format());
        assertTrue(note.message().endsWith("the source has it as 「小米的參與感，來自用戶。」"), note.message());
    }

    @Test
    void quotesOfASourceWithoutATextAreUncheckedAndNotedOncePerCaseAtTheFirstOfThem() throws IOException {
        write("sources.json", sources(null));
        write("my-case.json", caseWith("anything at all", "and more"));
        Library library = load();
        assertEquals(List.of(State.UNCHECKED, State.UNCHECKED),
                evidence(library).stream().map(e -> e.verdict().state()).toList());
        assertTrue(evidence(library).get(0).verdict().uncheckedAnywhere());
        assertEquals(0, library.problemCount(), () -> "problems: " + library.problems());
        assertEquals(1, library.problems().size(), () -> "problems: " + library.problems());
        Problem note = library.problems().get(0);
        assertTrue(note.isNote());
        assertTrue(note.file().endsWith("my-case.json"), note.file());
        assertEquals(12, note.line());
        assertEquals("links[0].evidence[0].quote", note.field());
        assertEquals("2 quotes are unchecked: source \u201Cmy-article\u201D has no text to check them against"
                + " (add one with \"text\": \"sources/….txt\" to its entry in sources.json, or with File ▸ Add"
                + " source…)", note.message());
    }

    @Test
    void aFactsQuoteCitingASourceWithoutATextIsCountedToo() throws IOException {
        write("sources.json", sources(null));
        write("my-case.json", caseWith("one").replace("  \"links\": [", """
                  "facts": [ { "label": { "en": "Fans", "zh": "粉丝" }, "value": { "en": "Many", "zh": "很多" },
                    "source": "my-article", "quote": "fact quote" } ],
                  "links": ["""));
        Library library = load();
        assertEquals(1, library.problems().size(), () -> "problems: " + library.problems());
        assertTrue(library.problems().get(0).message().startsWith("2 quotes are unchecked: "),
                library.problems().get(0).message());
    }

    @Test
    void aQuoteCitingABuiltInSourceIsNotedAsOneWhoseTextTheAppDoesNotShip() throws IOException {
        write("my-case.json", caseWith("anything at all").replace("my-article", "tesla-rise"));
        Library library = load();
        assertEquals(1, library.problems().size(), () -> "problems: " + library.problems());
        assertEquals("1 quote is unchecked: built-in source \u201Ctesla-rise\u201D comes without its text (cite a"
                + " source of your own that has one to have it checked)", library.problems().get(0).message());
    }

    @Test
    void theBuiltInQuotesAreUncheckedHereButCheckedByTheBuildSoTheyGetNoNote() {
        Library library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        List<Evidence> all = library.cases().stream().flatMap(c -> c.links().stream())
                .flatMap(l -> l.evidence().stream()).toList();
        assertFalse(all.isEmpty());
        assertTrue(all.stream().allMatch(e -> e.verdict().state() == State.UNCHECKED));
        assertTrue(all.stream().noneMatch(e -> e.verdict().uncheckedAnywhere()));
        assertTrue(library.sourceTexts().isEmpty());
        assertEquals(List.of(), library.problems());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "../outside.txt|points outside the library folder",
        "sources/../../outside.txt|points outside the library folder",
        "/etc/hostname|must be a relative path inside the library folder",
        "https://example.com/a.txt|must be a relative path inside the library folder",
        "sources/missing.txt|names a file that does not exist: sources/missing.txt",
        "sources|is a folder, not a regular file",
        ".|points outside the library folder",
    })
    void aTextPathThatCannotBeUsedIsAProblemAtTheTextFieldAndTheQuotesStayUnchecked(String path, String message)
            throws IOException {
        Files.writeString(dir.getParent().resolve("outside.txt"), ARTICLE);
        write("sources/article.txt", ARTICLE);
        write("sources.json", sources(path));
        write("my-case.json", caseWith("小米的參與感，來自用戶。"));
        Library library = load();
        // The problem at the text field, and the case's note that its quote is therefore unchecked.
        assertEquals(1, library.problemCount(), () -> "problems: " + library.problems());
        assertEquals(1, UncheckedNotes.of(library).size(), () -> "problems: " + library.problems());
        assertEquals(2, library.problems().size(), () -> "problems: " + library.problems());
        Problem problem = library.problems().stream().filter(p -> !p.isNote()).findFirst().orElseThrow();
        assertTrue(problem.file().endsWith("sources.json"), problem.file());
        assertEquals("sources[0].text", problem.field());
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains(message), problem.message());
        assertTrue(problem.message().endsWith("the quotes citing 'my-article' are not checked"), problem.message());
        assertEquals(State.UNCHECKED, evidence(library).get(0).verdict().state());
    }

    @Test
    void aLinkThatLeadsOutOfTheFolderIsRefused() throws IOException {
        Path outside = Files.writeString(dir.getParent().resolve("secret.txt"), ARTICLE);
        Files.createDirectories(dir.resolve("sources"));
        Files.createSymbolicLink(dir.resolve("sources/link.txt"), outside);
        write("sources.json", sources("sources/link.txt"));
        write("my-case.json", caseWith("小米的參與感，來自用戶。"));
        Library library = load();
        assertEquals(1, UncheckedNotes.besides(library).size(), () -> "problems: " + library.problems());
        assertTrue(UncheckedNotes.besides(library).get(0).message().contains("leads outside the library folder"));
        assertEquals(1, UncheckedNotes.of(library).size(), () -> "problems: " + library.problems());
        assertTrue(library.sourceTexts().isEmpty());
    }

    @Test
    void aTextThatIsNotUtf8IsRefusedWithTheByteAndOffset() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.write(dir.resolve("sources/gbk.txt"), "小米".getBytes(java.nio.charset.Charset.forName("GBK")));
        write("sources.json", sources("sources/gbk.txt"));
        write("my-case.json", caseWith("小米"));
        Problem problem = onlyProblemBesidesTheUncheckedNote(load());
        assertTrue(problem.message().contains("is not valid UTF-8 (byte 0xC3 at offset 2)"), problem.message());
    }

    @Test
    void aTextOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        try (var out = Files.newOutputStream(dir.resolve("sources/huge.txt"))) {
            out.write(new byte[(int) SourceTextFile.MAX_BYTES + 1]);
        }
        write("sources.json", sources("sources/huge.txt"));
        write("my-case.json", caseWith("小米"));
        Problem problem = onlyProblemBesidesTheUncheckedNote(load());
        assertTrue(problem.message().contains("it may be at most 10 MB"), problem.message());
    }

    @Test
    void aPdfSourceIsCheckedAgainstTheTextPdfBoxExtracts() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.write(dir.resolve("sources/article.pdf"), pdfSaying("The quick brown fox jumps over the lazy dog."));
        write("sources.json", sources("sources/article.pdf"));
        write("my-case.json", caseWith("quick brown fox jumps", "the lazy cat sleeps"));
        Library library = load();
        List<State> states = evidence(library).stream().map(e -> e.verdict().state()).toList();
        assertEquals(List.of(State.VERIFIED, State.NOT_FOUND), states);
        assertFalse(library.sourceText("my-article").isEmpty());
    }

    @Test
    void aPdfWithNoTextIsAProblem() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.write(dir.resolve("sources/scan.pdf"), pdfSaying(null));
        write("sources.json", sources("sources/scan.pdf"));
        write("my-case.json", caseWith("quick"));
        Problem problem = onlyProblemBesidesTheUncheckedNote(load());
        assertTrue(problem.message().contains("is a PDF with no text in it"), problem.message());
    }

    /** A source text that cannot be used leaves its quotes unchecked: one problem, and the case's note. */
    private static Problem onlyProblemBesidesTheUncheckedNote(Library library) {
        assertEquals(1, UncheckedNotes.of(library).size(), () -> "problems: " + library.problems());
        List<Problem> others = UncheckedNotes.besides(library);
        assertEquals(1, others.size(), () -> "problems: " + library.problems());
        return others.get(0);
    }

    static byte[] pdfSaying(String line) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            if (line != null) {
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
