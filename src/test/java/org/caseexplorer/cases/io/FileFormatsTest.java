package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.authoring.UserLibrary;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.savedviews.SavedViews;
import org.caseexplorer.sources.SourceImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Libraries written by every earlier release still open: {@code src/test/resources/formats/}
 * holds the library ({@code cases/}, and saved views once they existed) as of every commit that
 * changed {@code cases/schema/}, the first release's among them. Each loads as a user's library
 * with no problem, only notes naming what was read in the current format; a file from a newer
 * format is left out, said so, and never written over, while the rest of its library opens.
 */
class FileFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path root = Paths.get(FileFormatsTest.class.getResource("/formats").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHoldsTheLibraryOfEverySchemaChange() throws Exception {
        // One folder per commit that changed the schemas, oldest first; a new schema change needs a new one.
        assertEquals(List.of("01-ec0d063", "02-1d79723", "03-7b07755", "04-aa14298", "05-2f58d9c", "06-72386b6",
                "07-069b1e8", "08-675767b", "09-1c9ea55", "10-4a0cbdf"), corpus().map(p -> p.getFileName().toString()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aLibraryOfAnEarlierReleaseOpensClean(Path snapshot) throws IOException {
        Path library = copy(snapshot);
        Map<Path, byte[]> before = contents(library);

        Library loaded = load(library);
        SavedViews.Loaded views = new SavedViews().load(library, loaded);

        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(views.problems());
        assertEquals(List.of(), problems.stream().filter(p -> !p.isNote()).map(FileFormatsTest::say).toList());
        assertEquals(5, loaded.cases().size());
        assertEquals(Files.isDirectory(library.resolve("views")) ? 2 : 0, views.views().size());
        // Read in memory only: nothing is written until the user saves.
        assertEquals(before.keySet(), contents(library).keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, read(file), file.toString()));
    }

    @Test
    void theFirstReleasesOriginIsReadAsTheCurrentFormatWithANoteNamingIt() throws Exception {
        Library loaded = load(copy(corpus().findFirst().orElseThrow()));

        List<Problem> notes = loaded.problems().stream().filter(p -> p.kind() == ProblemKind.EARLIER_FORMAT).toList();
        // Four sources, each with an origin: three empty or not an address, none lost unseen.
        assertEquals(4, notes.size(), notes.stream().map(FileFormatsTest::say).toList().toString());
        assertTrue(notes.stream().allMatch(Problem::isNote));
        assertTrue(notes.stream().allMatch(p -> p.file().endsWith("sources.json") && p.line() > 0));
        assertTrue(notes.stream().map(FileFormatsTest::say)
                .anyMatch(s -> s.contains("www.nywlwx.com/zixun_detail/28528.html") && s.contains("format 3")),
                notes.stream().map(FileFormatsTest::say).toList().toString());
        assertEquals(4, loaded.sources().size());
    }

    @Test
    void anOriginThatIsAWebAddressBecomesTheSourcesUrl() throws Exception {
        Path library = copy(corpus().findFirst().orElseThrow());
        Path sources = library.resolve("sources.json");
        Files.writeString(sources, Files.readString(sources).replace("\"origin\": null",
                "\"origin\": \"https://example.org/tesla\""));

        Library loaded = load(library);

        assertEquals(List.of(), loaded.problems().stream().filter(p -> !p.isNote()).toList());
        assertEquals("https://example.org/tesla",
                loaded.sources().stream().filter(s -> s.id().equals("tesla-rise")).findFirst().orElseThrow().url());
    }

    @Test
    void theBuiltInLibraryAsItIsNowOpensCleanAsAUsersLibraryAndDeclaresTheCurrentFormat() throws Exception {
        Path library = temp.resolve("now");
        copyTree(Paths.get("cases"), library);

        Library loaded = load(library);

        assertEquals(List.of(), loaded.problems().stream().filter(p -> !p.isNote()).map(FileFormatsTest::say).toList());
        try (Stream<Path> files = Files.list(library)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertEquals(LibraryFormat.CURRENT, JSON.readTree(file.toFile()).path("format").asInt(), file.toString());
            }
        }
    }

    @Test
    void aFormatTwoSectionReadsAsTheSectionInTheLanguageItIsWrittenIn() throws Exception {
        Path library = copy(corpus().filter(p -> p.endsWith("09-1c9ea55")).findFirst().orElseThrow());
        Path principles = library.resolve("principles.json");
        // One section written in English by a user, beside the built-in Chinese ones.
        Files.writeString(principles, Files.readString(principles).replaceFirst("\"section\": \"5\\.4\\.2 简约思维\"",
                "\"section\": \"Chapter 5, simplicity\""));
        byte[] before = Files.readAllBytes(principles);
        Library loaded = load(library);
        assertEquals(List.of(), loaded.problems().stream().filter(p -> !p.isNote()).map(FileFormatsTest::say).toList());
        assertEquals(new org.caseexplorer.cases.Bilingual(null, "5.4.1 用户思维"),
                loaded.principle("user-thinking").orElseThrow().source().section());
        assertEquals(new org.caseexplorer.cases.Bilingual("Chapter 5, simplicity", null),
                loaded.principle("simplicity").orElseThrow().source().section());
        assertTrue(loaded.problems().stream().noneMatch(p -> p.file().endsWith("principles.json")),
                "nothing is lost, so no note is made of it");
        assertArrayEquals(before, Files.readAllBytes(principles), "reading writes nothing");
    }

    @Test
    void aCaseFromANewerFormatIsLeftOutSaidSoAndNeverOverwritten() throws Exception {
        Path library = copy(corpus().filter(p -> p.endsWith("07-069b1e8")).findFirst().orElseThrow());
        Path xiaomi = library.resolve("xiaomi.json");
        Files.writeString(xiaomi, Files.readString(xiaomi).replaceFirst("\\{", "{\n  \"format\": 4,"));
        byte[] newer = Files.readAllBytes(xiaomi);

        Library loaded = load(library);

        List<Problem> refused = loaded.problems().stream().filter(p -> !p.isNote()).toList();
        assertEquals(1, refused.size(), refused.stream().map(FileFormatsTest::say).toList().toString());
        Problem problem = refused.get(0);
        assertEquals(ProblemKind.NEWER_FORMAT, problem.kind());
        assertTrue(problem.file().endsWith("xiaomi.json"));
        assertEquals(2, problem.line());
        assertTrue(say(problem).contains("written by a newer Case Explorer (format 4); this one reads up to format 3"),
                say(problem));
        // The rest of the library opens.
        assertEquals(4, loaded.cases().size());
        assertFalse(loaded.caseById("xiaomi").isPresent());

        // A new case given its id is not saved over it, nor is it deleted.
        UserLibrary writer = new UserLibrary(library, Clock.systemUTC());
        CaseDocument other = CaseDocument.parse(Files.readAllBytes(library.resolve("tesla.json"))).withText("/id", "xiaomi");
        IOException refusal = assertThrows(LibraryFormat.NewerFormatException.class, () -> writer.save(other, null));
        assertTrue(refusal.getMessage().contains("format 4"), refusal.getMessage());
        assertThrows(LibraryFormat.NewerFormatException.class, () -> writer.delete("xiaomi"));
        assertArrayEquals(newer, Files.readAllBytes(xiaomi));
        assertFalse(Files.exists(library.resolve(".history")), "nothing of the newer file was moved aside either");
    }

    @ParameterizedTest(name = "\"format\": {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"4", "4.0", "1e1", "2147483648", "99999999999999999999999"})
    void aNewerFormatIsKnownHoweverItsNumberIsWritten(String written) throws Exception {
        Path library = copy(corpus().filter(p -> p.endsWith("07-069b1e8")).findFirst().orElseThrow());
        Path tesla = library.resolve("tesla.json");
        Files.writeString(tesla, Files.readString(tesla).replaceFirst("\\{", "{\n  \"format\": " + written + ","));
        byte[] newer = Files.readAllBytes(tesla);

        Library loaded = load(library);

        assertFalse(loaded.caseById("tesla").isPresent());
        Problem problem = loaded.problems().stream().filter(p -> p.kind() == ProblemKind.NEWER_FORMAT).findFirst()
                .orElseThrow(() -> new AssertionError(loaded.problems().toString()));
        assertTrue(say(problem).contains("newer Case Explorer (format "), say(problem));
        UserLibrary writer = new UserLibrary(library, Clock.systemUTC());
        assertThrows(LibraryFormat.NewerFormatException.class, () -> writer.save(
                CaseDocument.parse(Files.readAllBytes(library.resolve("xiaomi.json"))).withText("/id", "tesla"), null));
        assertArrayEquals(newer, Files.readAllBytes(tesla));
    }

    @Test
    void writingAFirstReleasesSourcesKeepsItAsItWasForTheOriginsNotCarriedOver() throws Exception {
        Path library = copy(corpus().findFirst().orElseThrow());
        byte[] before = Files.readAllBytes(library.resolve("sources.json"));
        Path text = temp.resolve("article.txt");
        Files.writeString(text, "一篇文章。");

        SourceImport.add(library, text, null, "An article");

        Path kept = Files.list(library.resolve(".history").resolve("sources.json")).findFirst().orElseThrow();
        assertArrayEquals(before, Files.readAllBytes(kept), "the origins that are no address are still there");
        assertTrue(load(library).problems().stream().noneMatch(p -> p.file().contains(".history")),
                "and the kept copy is not read as part of the library");
    }

    @Test
    void aSavedCaseIsWrittenInTheCurrentFormat() throws Exception {
        Path library = copy(corpus().findFirst().orElseThrow());
        UserLibrary writer = new UserLibrary(library, Clock.systemUTC());
        CaseDocument tesla = CaseDocument.parse(Files.readAllBytes(library.resolve("tesla.json")));

        writer.save(tesla.withText("/name/en", "Tesla (edited)"), null);

        String written = Files.readString(library.resolve("tesla.json"));
        assertTrue(written.startsWith("{\n  \"$schema\": \"schema/case.schema.json\",\n  \"format\": 3,\n  \"id\": \"tesla\","),
                written.substring(0, 120));
        assertTrue(load(library).problems().stream().allMatch(Problem::isNote));
    }

    @Test
    void aViewOrSourcesFileFromANewerFormatIsLeftOutAndTheSourcesAreNotWrittenOver() throws Exception {
        Path library = copy(corpus().filter(p -> p.endsWith("07-069b1e8")).findFirst().orElseThrow());
        Path view = library.resolve("views/fans-and-word-of-mouth.json");
        Files.writeString(view, Files.readString(view).replace("{\"name\"", "{\"format\": 7, \"name\""));
        Path sources = library.resolve("sources.json");
        Files.writeString(sources, Files.readString(sources).replaceFirst("\\{", "{\n  \"format\": 4,"));
        byte[] newerSources = Files.readAllBytes(sources);

        Library loaded = load(library);
        SavedViews.Loaded views = new SavedViews().load(library, loaded);

        assertEquals(List.of(ProblemKind.NEWER_FORMAT), views.problems().stream().map(Problem::kind).toList());
        assertEquals(1, views.views().size(), "the other view still opens");
        assertTrue(loaded.problems().stream().anyMatch(p -> p.kind() == ProblemKind.NEWER_FORMAT
                && p.file().endsWith("sources.json")));
        assertEquals(5, loaded.cases().size(), "the cases open, their sources reported unknown");

        Path text = temp.resolve("article.txt");
        Files.writeString(text, "一篇文章。");
        assertThrows(LibraryFormat.NewerFormatException.class, () -> SourceImport.add(library, text, null, "An article"));
        assertArrayEquals(newerSources, Files.readAllBytes(sources));
    }

    @Test
    void addingASourceToAFirstReleaseLibraryWritesItsSourcesInTheCurrentFormat() throws Exception {
        Path library = copy(corpus().findFirst().orElseThrow());
        Path text = temp.resolve("article.txt");
        Files.writeString(text, "一篇文章。");

        SourceImport.add(library, text, null, "An article");

        JsonNode sources = JSON.readTree(library.resolve("sources.json").toFile());
        assertEquals(LibraryFormat.CURRENT, sources.path("format").asInt());
        assertTrue(sources.path("sources").findValues("origin").isEmpty());
        Library loaded = load(library);
        assertEquals(List.of(), loaded.problems().stream().filter(p -> p.kind() == ProblemKind.EARLIER_FORMAT).toList());
        assertEquals(List.of(), loaded.problems().stream().filter(p -> !p.isNote()).toList());
    }

    private Library load(Path library) throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty-base"));
        return new LibraryLoader(PassedChecks.NONE).load(LibraryFolder.of(empty), Optional.of(LibraryFolder.of(library)));
    }

    private Path copy(Path snapshot) throws IOException {
        Path target = temp.resolve(snapshot.getFileName().toString());
        copyTree(snapshot, target);
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static Map<Path, byte[]> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .collect(Collectors.toMap(f -> f, FileFormatsTest::read, (a, b) -> a, TreeMap::new));
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String say(Problem p) {
        return p.file() + ":" + p.line() + ": " + p.message(Lang.EN);
    }
}
