package org.caseexplorer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    /** The marked stretches of {@code text}, as text. */
    private static List<String> marked(String query, String text) {
        return SearchQuery.parse(query).marks(text).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void aPhraseIsMarkedWhereItOccursAndNotItsWordsElsewhere() {
        String text = "The official word of mouth spread; of course Word  of\\nMouth works.";
        assertEquals(List.of("word of mouth", "Word  of\\nMouth"), marked("word of mouth", text.replace("\\n", "\n"))
                .stream().map(s -> s.replace("\n", "\\n")).toList());
    }

    @Test
    void withoutThePhraseEachWordIsMarkedWholeNeverInsideAnother() {
        String text = "An official account of fans";
        assertEquals(List.of("of", "fans"), marked("of fans mouth", text));
        assertEquals(List.of("of"), marked("of", "official of"), "\"of\" is not marked inside a word");
    }

    @Test
    void aWordStillBeingTypedIsMarkedAtTheStartOfWords() {
        assertEquals(List.of("Itera", "itera"), marked("itera", "Iteration and fast iterating, not reiteration"));
    }

    @Test
    void quotedPhrasesAreOneTerm() {
        SearchQuery q = SearchQuery.parse("\"word of mouth\" xiaomi");
        assertEquals(List.of("word of mouth", "xiaomi"), q.terms());
        assertEquals(List.of("word of mouth"), SearchQuery.parse("\u201Cword of mouth\u201D").terms());
        // Unbalanced quotes: the rest is one phrase.
        assertEquals(List.of("fans", "word of"), SearchQuery.parse("fans \"word of").terms());
    }

    @Test
    void chineseIsMarkedAnywhereAndAcrossScripts() {
        assertEquals(List.of("参与感"), marked("參與感", "小米的参与感"));
        assertEquals(List.of("用户 思维"), marked("用户 思维", "以用户 思维为本"));
        assertEquals(List.of("口碑", "用户"), marked("口碑 用户", "口碑来自用户"));
    }

    @Test
    void emptyOrBlankMarksNothing() {
        assertTrue(SearchQuery.parse("  ").isEmpty());
        assertTrue(marked("", "anything").isEmpty());
        assertTrue(marked("\"\"", "anything").isEmpty());
    }

    @Test
    void widthAndCaseAreFolded() {
        assertEquals(List.of("XIAOMI"), marked("ｘｉａｏｍｉ", "XIAOMI phones"));
    }
}
