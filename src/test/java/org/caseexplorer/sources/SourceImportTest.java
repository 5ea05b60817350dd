package org.caseexplorer.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryFolder;
import org.caseexplorer.cases.io.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Add source…: the copy in sources/, the entry in sources.json, nothing else changed. */
class SourceImportTest {

    @TempDir
    Path library;
    @TempDir
    Path elsewhere;

    private Path article(String name, String text) throws IOException {
        return Files.writeString(elsewhere.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Library load() {
        return new LibraryLoader().load(BuiltInLibrary.folder(), Optional.of(LibraryFolder.of(library)));
    }

    @Test
    void aFileIsCopiedAndNamedInANewSourcesJsonThatTheLoaderReads() throws IOException {
        SourceImport.Added added = SourceImport.add(library, article("My Article 1.txt", "小米的參與感。"), null, null);
        assertEquals(new SourceImport.Added("my-article-1", "sources/My Article 1.txt", true), added);
        assertEquals("小米的參與感。", Files.readString(library.resolve("sources/My Article 1.txt")));
        Library loaded = load();
        assertTrue(loaded.problems().isEmpty(), () -> "problems: " + loaded.problems());
        assertEquals("小米的參與感。", loaded.sourceText("my-article-1").orElseThrow().text());
        assertEquals("My Article 1", loaded.source("my-article-1").orElseThrow().title().en());
    }

    @Test
    void theOtherEntriesStayAsTheyWereAndTheFileIsPrettyPrinted() throws IOException {
        Files.writeString(library.resolve("sources.json"), """
                {"sources": [{"id": "first", "title": {"en": "First", "zh": "第一"}, "url": "https://example.com/a"}]}
                """);
        SourceImport.add(library, article("second.txt", "text"), null, "第二篇");
        String json = Files.readString(library.resolve("sources.json"));
        // Written in the current format, whatever the file was.
        assertTrue(json.startsWith("{\n  \"format\": 3,\n  \"sources\": [\n    {\n      \"id\": \"first\","), json);
        assertTrue(json.contains("\"url\": \"https://example.com/a\""), json);
        assertTrue(json.indexOf("\"first\"") < json.indexOf("\"second\""), json);
        assertTrue(json.contains("\"title\": {\n        \"zh\": \"第二篇\"\n      }"), json);
        assertTrue(load().problems().isEmpty(), () -> "problems: " + load().problems());
    }

    @Test
    void aSourcesJsonThatCannotBeWrittenRefusesTheSourceBeforeItsTextIsCopiedIn() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", library.resolve("sources.json").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        IOException refused = assertThrows(IOException.class,
                () -> SourceImport.add(library, article("a.txt", "text"), null, "A"));
        assertTrue(refused.getMessage().startsWith(library.resolve("sources.json") + " is a named pipe"),
                refused.getMessage());
        assertFalse(Files.exists(library.resolve("sources")), "no text left behind");
    }

    @Test
    void addingTheSameIdAgainUpdatesItsTextAndAddsNoSecondEntry() throws IOException {
        SourceImport.add(library, article("a.txt", "one"), "art", "Art");
        SourceImport.Added again = SourceImport.add(library, article("b.txt", "two"), "art", "Art");
        assertFalse(again.newEntry());
        String json = Files.readString(library.resolve("sources.json"));
        assertEquals(1, json.split("\"id\"", -1).length - 1, json);
        assertEquals("two", load().sourceText("art").orElseThrow().text());
    }

    @Test
    void aDifferentFileWithTheSameNameIsNotOverwritten() throws IOException {
        Files.createDirectories(library.resolve("sources"));
        Files.writeString(library.resolve("sources/article.txt"), "the first article");
        SourceImport.Added added = SourceImport.add(library, article("article.txt", "another article"), null, null);
        assertEquals("sources/article-2.txt", added.textPath());
        assertEquals("the first article", Files.readString(library.resolve("sources/article.txt")));
        assertEquals("another article", Files.readString(library.resolve("sources/article-2.txt")));
    }

    @Test
    void theSameFileAddedTwiceIsCopiedOnce() throws IOException {
        Path file = article("article.txt", "same");
        SourceImport.add(library, file, null, null);
        SourceImport.Added again = SourceImport.add(library, file, null, null);
        assertEquals("sources/article.txt", again.textPath());
        try (var files = Files.list(library.resolve("sources"))) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFileTheLoaderWouldRefuseIsNotNamedInSourcesJson() throws IOException {
        Path gbk = Files.write(elsewhere.resolve("gbk.txt"), "小米".getBytes(java.nio.charset.Charset.forName("GBK")));
        IOException e = assertThrows(IOException.class, () -> SourceImport.add(library, gbk, null, null));
        assertTrue(e.getMessage().contains("is not valid UTF-8"), e.getMessage());
        assertFalse(Files.exists(library.resolve("sources.json")));
    }

    @Test
    void aBrokenSourcesJsonIsNotReplaced() throws IOException {
        Files.writeString(library.resolve("sources.json"), "[1, 2]");
        assertThrows(IOException.class, () -> SourceImport.add(library, article("a.txt", "x"), null, null));
        assertEquals("[1, 2]", Files.readString(library.resolve("sources.json")));
    }

    @Test
    void idsAreMadeAsTheSchemaWantsThem() {
        assertEquals("tesla-s-rise-2024", SourceImport.idFor("Tesla's Rise (2024).pdf"));
        assertEquals("source", SourceImport.idFor("特斯拉.txt"));
    }

    @Test
    void theTitleTheUserGivesNamesTheSourceAndMakesItsIdWithAuthorPublisherAndAddress() throws IOException {
        SourceImport.Added added = SourceImport.add(library, article("002_0b44247d8291f0a9.txt", "小米的參與感。"), null,
                new SourceImport.Details("How Xiaomi Listens", "Li Wei", "36氪", "https://36kr.com/p/1"),
                java.util.Set.of());
        assertEquals("how-xiaomi-listens", added.id(), "the id comes from the title, not the file's name");
        Library loaded = load();
        assertTrue(loaded.problems().isEmpty(), () -> "problems: " + loaded.problems());
        org.caseexplorer.cases.Source source = loaded.source("how-xiaomi-listens").orElseThrow();
        assertEquals("How Xiaomi Listens", source.title().en());
        assertEquals("Li Wei", source.author().en());
        assertEquals("36氪", source.publisher().zh());
        assertEquals("https://36kr.com/p/1", source.url());
        assertEquals("小米的參與感。", loaded.sourceText("how-xiaomi-listens").orElseThrow().text());
    }

    @Test
    void addingTheSameTextAgainWithATitleGivesItThatTitleInPlaceOfTheFileName() throws IOException {
        Path text = article("002_0b44247d8291f0a9.txt", "小米的參與感。");
        SourceImport.Added first = SourceImport.add(library, text, null, null);
        assertEquals("002_0b44247d8291f0a9", load().source(first.id()).orElseThrow().title().en(),
                "with no title given, the file's name");
        SourceImport.Added again = SourceImport.add(library, text, null,
                new SourceImport.Details("移動互聯網思維有哪些?", "", "36氪", null), java.util.Set.of());
        assertEquals(new SourceImport.Added(first.id(), first.textPath(), false), again, "the same entry, updated");
        org.caseexplorer.cases.Source source = load().source(first.id()).orElseThrow();
        assertEquals("移動互聯網思維有哪些?", source.title().zh());
        assertTrue(source.title().en() == null || source.title().en().isBlank(),
                "the file's name is no English title: " + source.title().en());
        assertEquals("36氪", source.publisher().zh());
        SourceImport.add(library, text, null, new SourceImport.Details("What is mobile internet thinking?", null,
                null, null), java.util.Set.of());
        source = load().source(first.id()).orElseThrow();
        assertEquals("What is mobile internet thinking?", source.title().en());
        assertEquals("移動互聯網思維有哪些?", source.title().zh(), "a title in the other language stays");
    }

    @Test
    void aTitleIdTakenByABuiltInOrAnotherTextGetsANumberAndAChineseTitleFallsBackToTheFileName() throws IOException {
        SourceImport.Added first = SourceImport.add(library, article("a.txt", "one"), null,
                new SourceImport.Details("Tesla Rise", null, null, null), java.util.Set.of("tesla-rise"));
        assertEquals("tesla-rise-2", first.id(), "a built-in source's id is not taken over");
        SourceImport.Added second = SourceImport.add(library, article("b.txt", "two"), null,
                new SourceImport.Details("Tesla Rise", null, null, null), java.util.Set.of("tesla-rise"));
        assertEquals("tesla-rise-3", second.id(), "another text under the same title is another source");
        SourceImport.Added again = SourceImport.add(library, article("b.txt", "two"), null,
                new SourceImport.Details("Tesla Rise", null, null, null), java.util.Set.of("tesla-rise"));
        assertEquals(new SourceImport.Added("tesla-rise-3", "sources/b.txt", false), again, "the same text again updates it");
        SourceImport.Added chinese = SourceImport.add(library, article("Xiaomi Notes.txt", "三"), null,
                new SourceImport.Details("互联网思维", null, null, null), java.util.Set.of());
        assertEquals("xiaomi-notes", chinese.id());
        assertEquals("互联网思维", load().source("xiaomi-notes").orElseThrow().title().zh());
    }

    @Test
    void anAddressThatIsNotOneIsRefusedAndNothingIsCopied() {
        assertThrows(IOException.class, () -> SourceImport.add(library, article("c.txt", "x"), null,
                new SourceImport.Details("C", null, null, "36kr.com/p/1"), java.util.Set.of()));
        assertFalse(Files.exists(library.resolve("sources.json")));
    }

    @Test
    void theProposedTitleIsTheFirstLineThatReadsLikeOneNotTheNavigationAboveIt() throws IOException {
        assertEquals("小米的参与感", SourceImport.suggestedTitle(article("002_0b44.txt",
                "\n首页 > 科技 > 互联网\n\n小米的参与感\n\n正文第一段……\n")));
        assertEquals("Tesla's Rise", SourceImport.suggestedTitle(article("t.md", "Home / News / Cars\n# Tesla's Rise\nText")));
        assertEquals("002_0b44", SourceImport.suggestedTitle(article("002_0b44.txt", "这是一段很长的正文，".repeat(10))),
                "a first line too long for a title: the file's name");
        assertEquals("empty", SourceImport.suggestedTitle(article("empty.txt", "\n\n")));
    }
}
