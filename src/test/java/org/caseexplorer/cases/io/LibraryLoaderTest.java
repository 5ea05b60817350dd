package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLoaderTest {

    private static LibraryLoader loader;
    private static LibraryFolder builtIn;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        loader = new LibraryLoader();
        builtIn = BuiltInLibrary.folder();
    }

    private Library loadUserFolder() {
        return loader.load(builtIn, Optional.of(LibraryFolder.of(dir)));
    }

    /** How many cases the built-in library has, which a user folder's are added to. */
    private static int builtInCases() {
        return loader.load(builtIn, Optional.empty()).cases().size();
    }

    private static List<String> ids(Library library) {
        return library.cases().stream().map(Case::id).collect(Collectors.toList());
    }

    /**
     * The one problem of a load, besides the note each loaded copy of Tesla gets on its quotes:
     * they cite the built-in source "tesla-rise", which has no text to check them against.
     */
    private Problem onlyProblem(Library library) {
        List<Problem> others = UncheckedNotes.besides(library);
        assertEquals(1, others.size(), () -> "problems: " + library.problems());
        UncheckedNotes.of(library).forEach(n -> assertTrue(UncheckedNotes.isTeslaCopyNote(n), n.message()));
        return others.get(0);
    }

    /** No problem and no note but the unchecked-quotes note of each of {@code copies} copies of Tesla. */
    private static void onlyTheTeslaCopyNotes(Library library, int copies) {
        assertEquals(java.util.Collections.nCopies(copies, UncheckedNotes.TESLA_COPY),
                library.problems().stream().map(Problem::message).toList(), () -> "problems: " + library.problems());
        assertTrue(library.problems().stream().allMatch(Problem::isNote), () -> "problems: " + library.problems());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A valid user case, {@link SixQuoteCase}, with this id. */
    private static String validCase(String id) {
        return SixQuoteCase.text(id);
    }

    @Test
    void builtInLibraryLoadsAllFiveCasesAndFifteenPrinciplesWithoutProblems() {
        Library library = loader.load(builtIn, Optional.empty());
        assertEquals(List.of(), library.problems());
        assertEquals(List.of("ganqishi", "haidilao", "tesla", "xiaomi", "xiaotimes"), ids(library));
        assertEquals(15, library.principles().size());
        assertEquals(4, library.sources().size());
    }

    @Test
    void builtInLibraryPassesTheSchemasWhenCheckedLikeAUserFolder() {
        LibraryFolder untrusted = new LibraryFolder(builtIn.path(), "cases", false);
        Library library = loader.load(untrusted, Optional.empty());
        assertEquals(List.of(), UncheckedNotes.besides(library));
        // Read as a user's folder, each case is noted for quotes with no source text to check them against.
        assertEquals(List.of("cases/ganqishi.json", "cases/haidilao.json", "cases/tesla.json", "cases/xiaomi.json",
                "cases/xiaotimes.json"), UncheckedNotes.of(library).stream().map(Problem::file).toList());
        assertEquals(5, library.cases().size());
    }

    @Test
    void linksAreOrderedStrongestFirst() {
        Case xiaomi = loader.load(builtIn, Optional.empty()).caseById("xiaomi").orElseThrow();
        List<Integer> strengths = xiaomi.links().stream().map(PrincipleLink::strength).toList();
        for (int i = 1; i < strengths.size(); i++) {
            assertTrue(strengths.get(i - 1) >= strengths.get(i), strengths.toString());
        }
    }

    @Test
    void userFolderCaseIsAddedToTheBuiltInOnes() throws IOException {
        write("tesla-copy.json", validCase("tesla-copy"));
        Library library = loadUserFolder();
        onlyTheTeslaCopyNotes(library, 1);
        Problem note = library.problems().get(0);
        // The first quote in the file, a fact's, comes before the links'.
        assertEquals("facts[0].quote", note.field());
        assertEquals(lineOf(validCase("tesla-copy"), "\"quote\""), note.line());
        assertEquals(builtInCases() + 1, library.cases().size());
        assertTrue(library.caseById("tesla-copy").isPresent());
    }

    @Test
    void invalidJsonIsReportedWithLineAndColumnAndTheRestStillLoads() throws IOException {
        write("bad.json", "{\n  \"id\": \"bad\",\n  \"name\": {\"en\": \"x\" \"zh\": \"y\"}\n}");
        write("good.json", validCase("good"));
        Library library = loadUserFolder();
        Problem problem = onlyProblem(library);
        assertTrue(problem.file().endsWith("bad.json"), problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.column() > 1);
        assertTrue(problem.message().startsWith("is not valid JSON"), problem.message());
        assertTrue(library.caseById("good").isPresent());
        assertEquals(builtInCases() + 1, library.cases().size());
    }

    @Test
    void truncatedFileSaysTheJsonEndsTooEarly() throws IOException {
        String text = validCase("cut");
        write("cut.json", text.substring(0, text.length() / 2));
        Problem problem = onlyProblem(loadUserFolder());
        assertTrue(problem.message().contains("ends too early"), problem.message());
        assertTrue(problem.hasPosition());
    }

    @Test
    void emptyFileIsReported() throws IOException {
        write("empty.json", "");
        Problem problem = onlyProblem(loadUserFolder());
        assertTrue(problem.file().endsWith("empty.json"));
        assertTrue(problem.message().contains("empty"), problem.message());
    }

    @Test
    void missingRequiredFieldNamesTheField() throws IOException {
        write("nosummary.json", SixQuoteCase.of("nosummary").rename("/summary", "summary_").json());
        Library library = loadUserFolder();
        assertFalse(library.caseById("nosummary").isPresent());
        List<String> fields = library.problems().stream().map(Problem::field).toList();
        assertTrue(fields.contains("summary"), fields.toString());
        assertTrue(library.problems().stream().anyMatch(p -> p.message().contains("missing")));
    }

    @Test
    void wronglyTypedFieldNamesTheFieldItsPositionAndTheExpectedType() throws IOException {
        write("typed.json", SixQuoteCase.of("typed").set("/links/0/strength", "high").json());
        Problem problem = onlyProblem(loadUserFolder());
        assertEquals("links[0].strength", problem.field());
        assertEquals("should be a whole number, not text in quotes", problem.message());
        String[] lines = validCase("typed").split("\n");
        int expectedLine = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\"strength\": 3")) {
                expectedLine = i + 1;
                break;
            }
        }
        assertEquals(expectedLine, problem.line());
    }

    @Test
    void unknownPrincipleIdIsReportedAndTheCaseLoadsWithoutThatLink() throws IOException {
        write("unknown.json", SixQuoteCase.of("unknown").set("/links/0/principle", "branding").json());
        Library library = loadUserFolder();
        Problem problem = onlyProblem(library);
        assertTrue(problem.message().startsWith("unknown principle 'branding' (this link is left out). Did you mean 'brand' (Brand thinking \u00B7 品牌化思维)?"),
                problem.message());
        assertTrue(problem.field().endsWith(".principle"), problem.field());
        Case c = library.caseById("unknown").orElseThrow();
        assertTrue(c.link("brand").isEmpty());
        // The link left out takes its quote with it: five of Tesla's six are left to note.
        assertEquals(List.of(UncheckedNotes.teslaCopy(5)), UncheckedNotes.of(library).stream().map(Problem::message).toList());
        assertEquals(3, c.links().size());
    }

    @Test
    void duplicateCaseIdKeepsTheFirstAndNamesBothFiles() throws IOException {
        write("another-tesla.json", SixQuoteCase.of("tesla").name("Fake", "特斯拉").json());
        Library library = loadUserFolder();
        Problem problem = onlyProblem(library);
        assertTrue(problem.message().contains("duplicate case id 'tesla'"), problem.message());
        assertTrue(problem.message().contains("cases/tesla.json"), problem.message());
        assertEquals("id", problem.field());
        assertEquals(3, problem.line(), "the line of \"id\" in the second file");
        assertEquals(9, problem.column(), "where the id's value starts");
        assertEquals("Tesla", library.caseById("tesla").orElseThrow().name().en());
    }

    @Test
    void duplicateIdsAmongManyFilesReadInParallelAreReportedInFileOrderWithPositions() throws IOException {
        // From LibraryAssembly.PARALLEL_FROM files on, cases are read on several threads.
        String base = validCase("same");
        for (int i = 0; i < LibraryAssembly.PARALLEL_FROM + 8; i++) {
            write(String.format("c%03d.json", i), i % 10 == 3 ? "\n\n" + base : validCase("case" + i));
        }
        Library library = loadUserFolder();
        List<Problem> problems = UncheckedNotes.besides(library);
        // Every file read gets its note, the skipped duplicates too (as their other problems would be listed).
        assertEquals(LibraryAssembly.PARALLEL_FROM + 8, UncheckedNotes.of(library).size());
        // c003 is the first "same"; c013, c023, c033 repeat it, each two lines further down.
        assertEquals(List.of("c013.json", "c023.json", "c033.json"),
                problems.stream().map(p -> Path.of(p.file()).getFileName().toString()).toList());
        for (Problem problem : problems) {
            assertTrue(problem.message().contains("duplicate case id 'same'"), problem.message());
            assertEquals(lineOf(base, "\"id\"") + 2, problem.line(), problem.toString());
            assertTrue(problem.column() > 1, problem.toString());
        }
        assertEquals(LibraryAssembly.PARALLEL_FROM + 8 - 3 + builtInCases(), library.cases().size());
    }

    private static int lineOf(String text, String needle) {
        return 1 + (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count();
    }

    @Test
    void missingImageIsReportedAndTheCaseStillLoads() throws IOException {
        write("pic.json", SixQuoteCase.of("pic").image("img/pic.png").json());
        Library library = loadUserFolder();
        Problem problem = onlyProblem(library);
        assertEquals("image", problem.field());
        assertTrue(problem.message().contains("not found"), problem.message());
        assertTrue(library.caseById("pic").isPresent());
    }

    @Test
    void existingImageResolvesInsideTheFolder() throws IOException {
        Files.createDirectories(dir.resolve("img"));
        TestPictures.png(dir.resolve("img/pic.png"), 20, 10);
        write("pic.json", SixQuoteCase.of("pic").image("img/pic.png").json());
        Library library = loadUserFolder();
        onlyTheTeslaCopyNotes(library, 1);
        assertEquals(dir.resolve("img/pic.png").normalize(), library.caseById("pic").orElseThrow().image());
    }

    @Test
    void imagePathsThatLeaveTheFolderAreRefused() throws IOException {
        write("a.json", SixQuoteCase.of("a").image("../../etc/passwd").json());
        write("b.json", SixQuoteCase.of("b").image("/etc/passwd").json());
        write("c.json", SixQuoteCase.of("c").image("http://example.com/x.png").json());
        Library library = loadUserFolder();
        List<Problem> problems = UncheckedNotes.besides(library);
        assertEquals(3, problems.size(), library.problems().toString());
        problems.forEach(p -> assertEquals("image", p.field()));
        assertEquals(3, UncheckedNotes.of(library).size(), library.problems().toString());
        for (String id : List.of("a", "b", "c")) {
            assertEquals(null, library.caseById(id).orElseThrow().image());
        }
    }

    @Test
    void webLinksKeepOnlyHttpAndHttpsAddressesWithAHost() throws IOException {
        String[] urls = {"https://example.com/tesla", "HTTP://example.org", "javascript:alert(1)",
            "file:///etc/passwd", "mailto:a@b.c", "../notes.html", "https://", "http://exa mple.com"};
        var web = SixQuoteCase.of("web");
        for (int i = 0; i < urls.length; i++) {
            web.web("L" + i, "链" + i, urls[i]);
        }
        write("web.json", web.json());
        Library library = loadUserFolder();
        Case c = library.caseById("web").orElseThrow();
        assertEquals(List.of("https://example.com/tesla", "HTTP://example.org"),
                c.web().stream().map(w -> w.address().toString()).toList());
        List<Problem> problems = UncheckedNotes.besides(library);
        List<String> fields = problems.stream().map(Problem::field).toList();
        assertEquals(List.of("web[2].url", "web[3].url", "web[4].url", "web[5].url", "web[6].url", "web[7].url"), fields);
        problems.forEach(p -> {
            assertEquals("web.json", p.file().substring(p.file().lastIndexOf('/') + 1));
            assertTrue(p.line() > 1, "a position: " + p.format());
        });
        assertTrue(problems.get(0).message().contains("only http:// and https://"), problems.get(0).message());
        assertEquals(1, UncheckedNotes.of(library).size());
    }

    @Test
    void anImageThatIsASymbolicLinkOutOfTheFolderIsRefused() throws IOException {
        Path outside = Files.createTempFile("outside", ".png");
        try {
            Files.createSymbolicLink(dir.resolve("escape.png"), outside);
            write("a.json", SixQuoteCase.of("a").image("escape.png").json());
            Problem problem = onlyProblem(loadUserFolder());
            assertEquals("image", problem.field());
            assertTrue(problem.message().contains("outside the library folder"), problem.message());
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aSixtyMegabyteStringIsRefusedByTheFileSizeLimitBeforeItIsRead() throws IOException {
        try (var out = Files.newBufferedWriter(dir.resolve("huge.json"))) {
            out.write("{\"id\": \"");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 60; i++) {
                out.write(block);
            }
            out.write("\"}");
        }
        Problem problem = onlyProblem(loadUserFolder());
        assertTrue(problem.message().contains("at most 5 MB"), problem.message());
    }

    @Test
    void aLongStringUnderTheSizeLimitIsRefusedByTheStringLimit() throws IOException {
        write("long.json", SixQuoteCase.of("long").tagline("y".repeat(JsonFileReader.MAX_STRING_LENGTH + 1), "标语")
                .json());
        Problem problem = onlyProblem(loadUserFolder());
        assertTrue(problem.message().contains("longer than"), problem.message());
        assertTrue(problem.line() > 0);
    }

    @Test
    void fileThatIsNotUtf8IsReportedAtTheFirstBadByte() throws IOException {
        byte[] gbk = "{\"id\": \"gbk\", \"name\": {\"en\": \"x\", \"zh\": \"中\"}}".getBytes("GBK");
        Files.write(dir.resolve("gbk.json"), gbk);
        Problem problem = onlyProblem(loadUserFolder());
        assertTrue(problem.message().contains("not valid UTF-8"), problem.message());
        assertEquals(1, problem.line());
        assertEquals(42, problem.column(), "the 42nd character, after 41 good bytes");
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        Files.write(dir.resolve("bom.json"), ("\uFEFF" + validCase("bom")).getBytes(StandardCharsets.UTF_8));
        Library library = loadUserFolder();
        onlyTheTeslaCopyNotes(library, 1);
        assertTrue(library.caseById("bom").isPresent());
    }

    @Test
    void nulBytesAreReportedWithTheirPosition() throws IOException {
        write("nul.json", "{\n  \"id\": \"a\u0000b\"\n}");
        Problem problem = onlyProblem(loadUserFolder());
        assertTrue(problem.message().contains("not valid JSON"), problem.message());
        assertEquals(2, problem.line());
    }

    @Test
    void numbersThatOverflowAreReportedNotCrashedOn() throws IOException {
        write("big.json", SixQuoteCase.of("big").raw("/links/0/strength", "99999999999999999999999")
                .raw("/facts/0/year", "1e400").json());
        Library library = loadUserFolder();
        assertFalse(library.caseById("big").isPresent());
        List<String> fields = library.problems().stream().map(Problem::field).toList();
        assertTrue(fields.contains("links[0].strength"), fields.toString());
        assertTrue(fields.contains("facts[0].year"), fields.toString());
    }

    @Test
    void arrayWhereAnObjectBelongsIsASchemaProblem() throws IOException {
        write("array.json", "[1, 2, 3]");
        Problem problem = onlyProblem(loadUserFolder());
        assertTrue(problem.message().contains("object"), problem.message());
    }

    @Test
    void deepNestingIsRefusedWithoutCrashing() throws IOException {
        write("deep.json", "[".repeat(200_000) + "]".repeat(200_000));
        Problem problem = onlyProblem(loadUserFolder());
        assertTrue(problem.message().contains("nested"), problem.message());
    }

    @Test
    void userLibraryMayAddPrinciplesAndSources() throws IOException {
        write("principles.json", """
                {"principles": [{"id": "openness", "name": {"en": "Openness", "zh": "开放"},
                  "definition": {"en": "Open, transparent, cooperative.", "zh": "开放、透明、合作。"}}]}""");
        write("open.json", SixQuoteCase.of("open").set("/links/0/principle", "openness").json());
        Library library = loadUserFolder();
        onlyTheTeslaCopyNotes(library, 1);
        assertEquals(loader.load(builtIn, Optional.empty()).principles().size() + 1, library.principles().size());
        assertTrue(library.caseById("open").orElseThrow().link("openness").isPresent());
    }

    @Test
    void aFolderWithItsOwnSourcesMayStillCiteTheBuiltInOnes() throws IOException {
        write("sources.json", """
                {"sources": [{"id": "own-notes", "title": {"en": "My notes", "zh": "我的笔记"}}]}""");
        write("only.json", validCase("only"));
        Library library = loadUserFolder();
        onlyTheTeslaCopyNotes(library, 1);
        Library base = loader.load(builtIn, Optional.empty());
        assertEquals(base.sources().size() + 1, library.sources().size());
        assertEquals(base.principles().size(), library.principles().size());
    }

    @Test
    void problemFormatIsFileLineColumnFieldMessage() {
        assertEquals("a.json:3:7: links[0].strength: the most allowed is 3",
                new Problem("a.json", 3, 7, "/links/0/strength", ProblemKind.OUT_OF_RANGE,
                        Wording.SCHEMA_MAXIMUM.with(3)).format());
        assertEquals("a.json: the file is empty; expected a JSON object",
                Problem.inFile("a.json", ProblemKind.EMPTY_FILE, Wording.FILE_EMPTY.with()).format());
    }
}
