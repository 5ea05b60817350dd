package org.caseexplorer.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.cases.io.SixQuoteCase;
import org.caseexplorer.cases.io.UncheckedNotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the library reports, worded for the people who write case files, and in reading order. */
class ProblemMessagesTest {

    @TempDir
    Path dir;

    private static final LibraryLoader LOADER = new LibraryLoader();

    /** A valid user case, {@link SixQuoteCase}, with this id. */
    private static String validCase(String id) {
        return SixQuoteCase.text(id);
    }

    /**
     * The problems of a folder holding this file, besides the note a loaded copy of Tesla gets on
     * its quotes (they cite the built-in "tesla-rise", which has no text): that note and no other.
     */
    private List<Problem> problems(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
        return besidesTeslaCopyNotes(LOADER.open(Optional.of(dir)));
    }

    private static List<Problem> besidesTeslaCopyNotes(Library library) {
        UncheckedNotes.of(library).forEach(n -> assertTrue(UncheckedNotes.isTeslaCopyNote(n), n.message()));
        return UncheckedNotes.besides(library);
    }

    private Problem only(String file, String text) throws IOException {
        List<Problem> problems = problems(file, text);
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    @Test
    void aWrongIdSaysWhatAnIdMayContainNotARegularExpression() throws IOException {
        Problem problem = only("a.json", validCase("My_Case"));
        assertEquals("id", problem.field());
        assertTrue(problem.message().startsWith("'My_Case' is not right: an id may contain only lower-case letters"),
                problem.message());
        assertFalse(problem.message().contains("regex") || problem.message().contains("^["), problem.message());
    }

    @Test
    void anEmptyListOfLinksIsSaidInWordsNotAsAtLeastOneItems() throws IOException {
        Problem problem = only("a.json", SixQuoteCase.of("a").set("/links", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()).json());
        assertEquals("links", problem.field());
        assertEquals("is an empty list; give at least one", problem.message());
    }

    @Test
    void anUnknownPrincipleNamesTheNearestIdAndTheIdsThereAre() throws IOException {
        Problem problem = only("a.json", SixQuoteCase.of("a").set("/links/0/principle", "brnad").json());
        assertTrue(problem.message().contains("Did you mean 'brand' (Brand thinking \u00B7 品牌化思维)?"), problem.message());
        assertTrue(problem.message().contains("The principles are: brand, collaboration,"), problem.message());
        assertTrue(problem.message().endsWith("word-of-mouth."), problem.message());
    }

    @Test
    void aPrincipleLinkedTwiceIsReportedAndTheSecondLinkLeftOut() throws IOException {
        String text = validCase("a");
        List<String> linked = java.util.regex.Pattern.compile("\"principle\": \"([a-z-]+)\"").matcher(text).results()
                .map(m -> m.group(1)).toList();
        int first = linked.indexOf("brand");
        int second = linked.indexOf("user-thinking");
        assertTrue(first >= 0 && second > first, "the case links brand before user thinking: " + linked);
        Problem problem = only("a.json", SixQuoteCase.of("a").set("/links/" + second + "/principle", "brand").json());
        assertEquals("links[" + second + "].principle", problem.field());
        assertTrue(problem.message().startsWith("principle 'brand' is already linked in links[" + first + "]"),
                problem.message());
        Library library = LOADER.open(Optional.of(dir));
        Case loaded = library.caseById("a").orElseThrow();
        assertEquals(1, loaded.links().stream().filter(l -> l.principle().equals("brand")).count());
        // The second link's quote goes with it: five of the copy's six quotes are left to note.
        assertEquals(List.of(UncheckedNotes.teslaCopy(5)), UncheckedNotes.of(library).stream().map(Problem::message).toList());
    }

    @Test
    void aQuoteThatIsOnlyWhiteSpaceIsReported() throws IOException {
        Problem problem = only("a.json", SixQuoteCase.of("a").set("/facts/0/quote", "\u3000 \t").json());
        assertEquals("facts[0].quote", problem.field());
        assertEquals("is only white space; write the text here", problem.message());
    }

    @ParameterizedTest(name = "zh \"{0}\" reported: {1}")
    @CsvSource({"Tesla, true", "Model S, true", "特斯拉, false", "Tesla 特斯拉, false", "2010, false", "'1:1', false"})
    void aZhTextWithNoChineseInItIsReportedButANumberIsNot(String zh, boolean reported) throws IOException {
        List<Problem> problems = problems("a.json", SixQuoteCase.of("a").name("Tesla", zh).json());
        assertEquals(reported ? 1 : 0, problems.size(), problems::toString);
        if (reported) {
            assertEquals("name.zh", problems.get(0).field());
            assertTrue(problems.get(0).message().startsWith("has no Chinese in it"), problems.get(0).message());
        }
    }

    @Test
    void problemsAreListedByFileAndThenLineWhateverOrderTheyWereFoundIn() throws IOException {
        // "accent" comes last in the file but first in JSON Pointer order; "links" is checked later.
        String text = SixQuoteCase.of("a").set("/accent", "red3E5C76").set("/links/0/strength", 7).json();
        Files.writeString(dir.resolve("b.json"), text);
        Files.writeString(dir.resolve("a.json"), "{\"id\": ");
        // b.json fails its schema, so it makes no case and gets no note on its quotes.
        List<Problem> problems = LOADER.open(Optional.of(dir)).problems();
        assertEquals(3, problems.size(), problems::toString);
        assertEquals(problems.stream().sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column)).toList(), problems);
        assertTrue(problems.get(0).file().endsWith("a.json"));
        assertTrue(problems.get(1).line() < problems.get(2).line());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\": [1}      | found } where ] should close the list [ that starts at line 1, column 7",
        "{\"a\": 1,}      | a comma after the last field is not allowed in JSON",
        "{\"a\": 'x'}     | text must be in double quotes \"…\", not single quotes",
        "{\"a\": 1 \"b\": 2} | expected a comma (,) or } here, found '\"'",
    })
    void jsonSyntaxErrorsAreSaidWholeAndInWords(String text, String expected) throws IOException {
        assertEquals("is not valid JSON: " + expected, only("a.json", text).message());
    }

    @Test
    void aVeryLongWordIsQuotedByItsStartAndTheMessageStillEnds() throws IOException {
        String message = only("a.json", "{\"id\": " + "y".repeat(400) + "}").message();
        assertTrue(message.endsWith("is not a JSON value; text must be in double quotes, or write a number, true, false or null"),
                message);
        assertTrue(message.length() < 200, message);
    }
}
