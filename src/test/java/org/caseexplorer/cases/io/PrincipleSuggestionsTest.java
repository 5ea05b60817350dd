package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemWords;
import org.caseexplorer.cases.Wording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrincipleSuggestionsTest {

    private static List<Principle> principles;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        principles = new LibraryLoader().open(Optional.empty()).principles();
    }

    private static List<String> suggested(String given) {
        return PrincipleSuggestions.suggest(given, principles).stream().map(Principle::id).toList();
    }

    @ParameterizedTest(name = "\"{0}\" suggests {1}")
    @CsvSource(delimiter = '|', value = {
        "口碑|word-of-mouth",
        "wom|word-of-mouth",
        "'word-of-mouth '|word-of-mouth",
        "Word of mouth|word-of-mouth",
        "WORD_OF_MOUTH|word-of-mouth",
        "wordofmouth|word-of-mouth",
        "参与感|participation",
        "粉丝化思维|fans",
        "brnad|brand",
        "Experience above all|experience-first",
        "ut|user-thinking",
    })
    void aNameInEitherLanguageAnAbbreviationOrATypoLeadsToTheRightId(String given, String expected) {
        assertEquals(expected, suggested(given).isEmpty() ? "nothing" : suggested(given).get(0), suggested(given)::toString);
    }

    @ParameterizedTest(name = "\"{0}\" suggests nothing")
    @CsvSource(delimiter = '|', value = {"blockchain", "区块链", "' '", "x"})
    void somethingLikeNoPrincipleSuggestsNothing(String given) {
        assertEquals(List.of(), suggested(given));
    }

    @Test
    void neverMoreThanThreeSuggestions() {
        // "思维" is in the Chinese name of nine principles.
        List<String> many = suggested("思维");
        assertEquals(PrincipleSuggestions.MAX, many.size(), many::toString);
    }

    @Test
    void theMessageNamesTheSuggestionInBothLanguagesAndStillListsTheIds() {
        String message = ProblemWords.in(Lang.EN).say(PrincipleSuggestions.phrase(UnknownId.Noun.PRINCIPLE, "口碑",
                principles, Wording.CONSEQUENCE_LINK_LEFT_OUT));
        assertTrue(message.startsWith("unknown principle '口碑' (this link is left out). Did you mean"
                + " 'word-of-mouth' (Word of mouth \u00B7 口碑)? The principles are: brand, collaboration,"), message);
    }

    @Test
    void withNoCloseMatchTheMessageListsTheValidIds() {
        String message = ProblemWords.in(Lang.EN).say(PrincipleSuggestions.phrase(UnknownId.Noun.PRINCIPLE, "blockchain",
                principles, null));
        assertFalse(message.contains("Did you mean"), message);
        assertTrue(message.endsWith("The principles are: brand, collaboration, experience-first, fans, fragmentation,"
                + " grassroots, iteration, mobility, participation, platform, simplicity, social, ultimate,"
                + " user-thinking, word-of-mouth."), message);
    }

    @Test
    void aCaseFileLinkingAPrincipleByItsChineseNameIsToldItsId() throws IOException {
        SixQuoteCase.of("mine").set("/links/0/principle", "品牌化思维").writeTo(dir);
        Problem problem = new LibraryLoader().open(Optional.of(dir)).problems().stream()
                .filter(p -> !p.isNote()).findFirst().orElseThrow();
        assertTrue(problem.field().endsWith(".principle"), problem.field());
        assertTrue(problem.message().contains("Did you mean 'brand' (Brand thinking \u00B7 品牌化思维)?"),
                problem.message());
    }
}
