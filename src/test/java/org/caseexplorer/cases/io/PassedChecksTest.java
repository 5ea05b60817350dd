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
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of case files that passed the schema and content checks: a file read again unchanged
 * skips them, and anything else is checked in full, as without the cache.
 */
class PassedChecksTest {

    @TempDir
    Path library;
    @TempDir
    Path cache;

    private final LibraryFolder builtIn = BuiltInLibrary.folder();

    /** A valid user case, {@link SixQuoteCase}, with this id. */
    private static String validCase(String id) {
        return SixQuoteCase.text(id);
    }

    private Library load() {
        return new LibraryLoader(PassedChecks.in(cache)).load(builtIn, Optional.of(LibraryFolder.of(library)));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(library.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> described(Library library) {
        return library.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.field() + " " + p.message())
                .toList();
    }

    @Test
    void aFolderLoadsTheSameWithTheCacheAsWithout() throws IOException {
        write("a.json", validCase("a"));
        write("b.json", validCase("b"));
        write("blank.json", SixQuoteCase.of("blank").name("  ", "特斯拉").json());
        Library without = new LibraryLoader().load(builtIn, Optional.of(LibraryFolder.of(library)));
        Library first = load();
        Library second = load();
        assertEquals(described(without), described(first));
        assertEquals(described(without), described(second), "the files that passed before skip the checks, "
                + "and nothing else changes: the same problems and notes, at the same places");
        assertEquals(without.cases().stream().map(Case::id).toList(), second.cases().stream().map(Case::id).toList());
        assertEquals(without.caseById("a"), second.caseById("a"), "the same case, quotes' verdicts and all");
        assertTrue(described(second).stream().anyMatch(d -> d.contains("blank.json:")), described(second).toString());
    }

    @Test
    void onlyFilesWithNoFindingIsRemembered() throws IOException {
        write("a.json", validCase("a"));
        write("blank.json", SixQuoteCase.of("blank").name("  ", "特斯拉").json());
        write("broken.json", SixQuoteCase.of("broken").set("/links/0/strength", 7).json());
        load();
        assertEquals(1, PassedChecks.in(cache).size(), "the clean file only: the others are checked every time");
    }

    @Test
    void aFileChangedAfterItPassedIsCheckedInFullAgain() throws IOException {
        write("a.json", validCase("a"));
        assertEquals(List.of(), load().problems().stream().filter(p -> !p.isNote()).toList());
        // Same name, same length: only the text tells the change.
        write("a.json", SixQuoteCase.of("a").set("/links/0/strength", 7).json());
        Library after = load();
        assertTrue(after.caseById("a").isEmpty(), "the schema refuses the changed file");
        assertTrue(described(after).stream().anyMatch(d -> d.contains("a.json:") && d.contains("strength")),
                described(after).toString());
    }

    @Test
    void aCacheFileNotInItsFormatIsIgnoredAndReplaced() throws IOException {
        write("a.json", validCase("a"));
        Files.writeString(cache.resolve(PassedChecks.FILE), "not a cache\n");
        assertEquals(0, PassedChecks.in(cache).size());
        Library library = load();
        assertTrue(library.caseById("a").isPresent());
        assertEquals(1, PassedChecks.in(cache).size(), "rewritten in its own format");
        // Cut short in the middle of a digest: ignored as a whole.
        byte[] whole = Files.readAllBytes(cache.resolve(PassedChecks.FILE));
        Files.write(cache.resolve(PassedChecks.FILE), java.util.Arrays.copyOf(whole, whole.length - 3));
        assertEquals(0, PassedChecks.in(cache).size());
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyMeansNoCache() throws IOException {
        write("a.json", validCase("a"));
        Path notAFolder = cache.resolve("file");
        Files.writeString(notAFolder, "x");
        Library loaded = new LibraryLoader(PassedChecks.in(notAFolder)).load(builtIn,
                Optional.of(LibraryFolder.of(library)));
        assertTrue(loaded.caseById("a").isPresent());
        assertEquals("x", Files.readString(notAFolder));
        try (var left = Files.list(cache)) {
            assertEquals(List.of(notAFolder), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void withoutACacheFolderNothingIsKeptAndEveryFileIsChecked() throws IOException {
        assertFalse(PassedChecks.NONE.enabled());
        assertTrue(PassedChecks.NONE.digestOf("{}".getBytes(StandardCharsets.UTF_8)).isEmpty());
        String before = System.getProperty(PassedChecks.PROPERTY);
        System.clearProperty(PassedChecks.PROPERTY);
        try {
            assertFalse(PassedChecks.forThisBuild().enabled(), "a run from the jar or from Maven keeps none");
        } finally {
            if (before != null) {
                System.setProperty(PassedChecks.PROPERTY, before);
            }
        }
    }

    /**
     * A cache edited to vouch for a file with a bad colour and a bad id (the cache is a file anyone
     * can write): those fields are checked on every load all the same, so the file is refused as
     * without the cache, and nothing downstream meets a colour it cannot parse.
     */
    @Test
    void aTamperedCacheDoesNotLetABadColourOrIdThrough() throws IOException {
        String bad = SixQuoteCase.of("fine").set("/accent", "not a colour").json();
        write("bad.json", bad);
        PassedChecks tampered = PassedChecks.in(cache);
        tampered.add(tampered.digestOf(bad.getBytes(StandardCharsets.UTF_8)).orElseThrow());
        tampered.save();
        assertTrue(PassedChecks.in(cache).passed(tampered.digestOf(bad.getBytes(StandardCharsets.UTF_8)).orElseThrow()),
                "the cache vouches for it");
        Library library = load();
        assertTrue(library.caseById("fine").isEmpty(), "refused, as without the cache");
        assertTrue(described(library).stream().anyMatch(d -> d.contains("bad.json:") && d.contains("accent")),
                described(library).toString());
        String badId = SixQuoteCase.of("Bad Id").json();
        assertTrue(!LibraryAssembly.cheapFieldsHold(new com.fasterxml.jackson.databind.ObjectMapper().readTree(badId)));
    }
}
