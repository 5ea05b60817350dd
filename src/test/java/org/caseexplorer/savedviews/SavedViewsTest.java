package org.caseexplorer.savedviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.ComparisonChoice;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.FilterMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved views as files in a library folder: written atomically, read back, checked like cases. */
class SavedViewsTest {

    private static Library library;
    private final SavedViews store = new SavedViews();

    @TempDir
    Path folder;

    @BeforeAll
    static void loadLibrary() {
        library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
    }

    private static SavedView fansLesson() {
        return new SavedView("Week 3: fans & word of mouth",
                new CaseFilter(Set.of("fans", "word-of-mouth"), Set.of("platform"), FilterMode.ALL, "雷军"),
                new ComparisonChoice(List.of("tesla", "xiaomi", "haidilao"), Optional.of("xiaomi")), null);
    }

    private Path write(String name, String json) throws IOException {
        Path views = Files.createDirectories(folder.resolve("views"));
        return Files.writeString(views.resolve(name), json);
    }

    private List<Path> viewFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("views"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void aSavedViewReadsBackAsItWasSavedFilterSearchComparisonOrderAndBaseline() throws IOException {
        SavedView saved = store.save(folder, fansLesson());
        assertEquals(folder.resolve("views").resolve("week-3-fans-word-of-mouth.json"), saved.file());
        SavedViews.Loaded loaded = store.load(folder, library);
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of(saved), loaded.views());
        SavedView back = loaded.views().get(0);
        assertEquals(FilterMode.ALL, back.filter().mode());
        assertEquals(List.of("tesla", "xiaomi", "haidilao"), back.comparison().caseIds(), "column order kept");
        assertEquals(Optional.of("xiaomi"), back.comparison().baseline());
        assertEquals("雷军", back.filter().text());
        assertEquals(List.of(saved.file()), viewFiles(), "one file, no temporary file left beside it");
    }

    @Test
    void savingAgainReplacesTheSameFileAndANewNameGetsAFileOfItsOwn() throws IOException {
        SavedView first = store.save(folder, fansLesson());
        store.save(folder, first.named("Renamed"));
        SavedView other = store.save(folder, new SavedView("Week 3: fans — word of mouth", CaseFilter.NONE,
                ComparisonChoice.NONE, null));
        assertEquals(2, viewFiles().size(), viewFiles().toString());
        assertTrue(other.file().getFileName().toString().equals("week-3-fans-word-of-mouth-2.json"), other.file().toString());
        List<String> names = store.load(folder, library).views().stream().map(SavedView::name).toList();
        assertEquals(List.of("Renamed", "Week 3: fans — word of mouth"), names);
        store.delete(other);
        assertEquals(1, viewFiles().size());
    }

    @Test
    void aChineseNameKeepsItsCharactersInTheFileName() {
        assertEquals("第三周-粉丝", SavedViews.slug("第三周：粉丝"));
        assertEquals("view", SavedViews.slug("!!!"));
        assertEquals("abc", SavedViews.slug("ＡＢＣ"), "full-width letters are folded");
    }

    /** A name of letters outside the BMP is cut between characters, never inside a surrogate pair, and saves. */
    @Test
    void aLongNameOfSupplementaryLettersIsCutBetweenCharacters() throws Exception {
        String name = "a" + "𠀀".repeat(80); // CJK Extension B: two UTF-16 units each
        String slug = SavedViews.slug(name);
        assertTrue(slug.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "no half of a pair");
        assertEquals(60, slug.codePointCount(0, slug.length()));
        java.nio.file.Path.of(slug + ".json"); // a name the file system takes
    }

    /** A name is one line: a line break would draw over the next row of the list. */
    @Test
    void aNameWithALineBreakIsOneLine() {
        SavedView view = new SavedView("Week 3\nfans\u2028too", org.caseexplorer.filter.CaseFilter.NONE,
                org.caseexplorer.comparison.ComparisonChoice.NONE, null);
        assertEquals("Week 3 fans too", view.name());
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndTheOthersStillLoad() throws IOException {
        store.save(folder, fansLesson());
        write("broken.json", "{\n  \"name\": \"x\",\n}\n");
        write("wrong.json", "{\n  \"name\": \"Wrong\",\n  \"mode\": \"some\",\n  \"colour\": 1\n}\n");
        write("notes.txt", "not a view");
        SavedViews.Loaded loaded = store.load(folder, library);
        assertEquals(List.of("Week 3: fans & word of mouth"), loaded.views().stream().map(SavedView::name).toList());
        Problem broken = loaded.problems().stream().filter(p -> p.file().equals("views/broken.json")).findFirst().orElseThrow();
        assertEquals(3, broken.line(), broken.format());
        List<Problem> wrong = loaded.problems().stream().filter(p -> p.file().equals("views/wrong.json")).toList();
        assertTrue(wrong.stream().anyMatch(p -> p.field().equals("mode") && p.line() == 3), wrong.toString());
        assertTrue(wrong.stream().anyMatch(p -> p.field().equals("colour") && p.message().contains("not a known field")),
                wrong.toString());
    }

    @Test
    void unknownIdsAreReportedWhereTheyStandAndTheRestOfTheViewRestores() throws IOException {
        write("lesson.json", """
                {
                  "name": "Lesson",
                  "principles": ["fans", "fan"],
                  "compare": ["xiaomi", "nokia", "tesla"],
                  "baseline": "nokia"
                }
                """);
        SavedViews.Loaded loaded = store.load(folder, library);
        SavedView view = loaded.views().get(0);
        assertEquals(Set.of("fans"), view.filter().included());
        assertEquals(List.of("xiaomi", "tesla"), view.comparison().caseIds());
        assertEquals(Optional.empty(), view.comparison().baseline());
        List<String> problems = loaded.problems().stream().map(Problem::format).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("views/lesson.json:3:") && problems.get(0).contains("unknown principle 'fan'")
                && problems.get(0).contains("Did you mean 'fans'?"), problems.get(0));
        assertTrue(problems.get(1).contains("unknown case 'nokia'") && problems.get(1).contains("left out of the view"),
                problems.get(1));
        assertTrue(problems.get(2).contains("baseline") && problems.get(2).contains("not among the compared cases"),
                problems.get(2));
    }

    @Test
    void aFolderWithoutViewsHasNoneAndNoProblems() throws IOException {
        assertEquals(SavedViews.Loaded.NONE, store.load(folder, library));
        Files.createDirectories(folder.resolve("views"));
        assertEquals(List.of(), store.load(folder, library).views());
    }

    @Test
    void theWrittenFileFollowsTheSchemaItIsCheckedAgainst() throws IOException {
        SavedView saved = store.save(folder, fansLesson());
        String json = Files.readString(saved.file());
        assertTrue(json.contains("\"compare\" : [ \"tesla\", \"xiaomi\", \"haidilao\" ]"), json);
        assertTrue(json.contains("\"principles\" : [ \"fans\", \"word-of-mouth\" ]"), json);
        // Any problem here would mean the writer and the schema disagree.
        assertFalse(store.load(folder, library).views().isEmpty());
        assertEquals(List.of(), store.load(folder, library).problems());
    }
}
