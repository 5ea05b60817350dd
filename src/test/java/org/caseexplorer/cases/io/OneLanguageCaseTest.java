package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's case may be written in Chinese only or English only; the built-in library has both. */
public class OneLanguageCaseTest {

    @TempDir
    Path dir;

    /** A valid case in both languages, to strip one language from. */
    public static final String BOTH = """
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

    public static String chineseOnly() {
        return BOTH.replaceAll("\"en\": \"[^\"]*\", ", "");
    }

    public static String englishOnly() {
        return BOTH.replaceAll(", \"zh\": \"[^\"]*\"", "");
    }

    private Library load(String json) throws IOException {
        Files.writeString(dir.resolve("my-case.json"), json);
        return new LibraryLoader().load(BuiltInLibrary.folder(), Optional.of(LibraryFolder.of(dir)));
    }

    @Test
    void aChineseOnlyCaseLoadsWithANoteAndShowsItsChineseInEnglishViews() throws IOException {
        Library library = load(chineseOnly());
        Case c = library.caseById("my-case").orElseThrow();
        assertEquals("我的案例", c.name().in(Lang.EN));
        assertTrue(c.name().isFallback(Lang.EN));
        assertFalse(c.name().isFallback(Lang.ZH));
        assertEquals(Lang.ZH, c.name().shownIn(Lang.EN));
        assertEquals(0, library.problemCount(), () -> "problems: " + library.problems());
        Problem note = library.problems().get(0);
        // This note, and the one on its quote (its source, the built-in "tesla-rise", has no text).
        assertEquals(2, library.problems().size(), () -> "problems: " + library.problems());
        assertEquals(1, UncheckedNotes.of(library).size(), () -> "problems: " + library.problems());
        assertTrue(note.isNote());
        assertTrue(note.message().startsWith("the case is written in Chinese only; English views show the Chinese"),
                note.message());
        assertEquals(3, note.line());
    }

    @Test
    void anEnglishOnlyCaseLoadsWithANote() throws IOException {
        Library library = load(englishOnly());
        Case c = library.caseById("my-case").orElseThrow();
        assertEquals("My case", c.name().in(Lang.ZH));
        assertEquals("My case", c.name().both());
        assertEquals(0, library.problemCount(), () -> "problems: " + library.problems());
        assertTrue(library.problems().get(0).message().startsWith("the case is written in English only"));
    }

    @Test
    void aCaseMissingOneTranslationSaysHowManyTextsLackIt() throws IOException {
        Library library = load(BOTH.replace("\"en\": \"Fans\", ", ""));
        assertEquals(0, library.problemCount());
        assertEquals("1 of its 5 texts has no English (English views show the Chinese, marked)",
                library.problems().get(0).message());
    }

    @Test
    void aTextWithNeitherLanguageIsAProblemAtItsField() throws IOException {
        Library library = load(BOTH.replace("{ \"en\": \"Fans\", \"zh\": \"粉丝\" }", "{ }"));
        assertTrue(library.caseById("my-case").isEmpty());
        Problem problem = library.problems().get(0);
        assertEquals("tagline", problem.field());
        assertFalse(problem.isNote());
        assertTrue(problem.message().contains("give the text in \"en\" (English), \"zh\" (Chinese) or both"),
                problem.message());
    }

    @Test
    void theBuiltInLibraryHasEveryTextInBothLanguages() {
        Library library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        assertTrue(library.problems().isEmpty(), () -> "problems: " + library.problems());
        for (Case c : library.cases()) {
            for (Lang lang : Lang.values()) {
                assertTrue(c.name().has(lang) && c.summary().has(lang) && c.tagline().has(lang)
                        && c.industry().has(lang), c.id());
                c.links().forEach(l -> assertTrue(l.explanation().has(lang), c.id() + " " + l.principle()));
            }
        }
    }

    @Test
    void aTextInNeitherLanguageCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new Bilingual(null, null));
    }
}
