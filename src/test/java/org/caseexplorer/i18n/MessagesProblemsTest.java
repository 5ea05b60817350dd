package org.caseexplorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;
import org.junit.jupiter.api.Test;

/** The window says a problem in its current language, through the same Messages as every label. */
class MessagesProblemsTest {

    private final Problem problem = new Problem("a.json", 3, 9, "/name/en", ProblemKind.EMPTY_TEXT,
            Wording.TEXT_EMPTY.with());

    @Test
    void aProblemIsSaidInTheCurrentLanguage() {
        Messages messages = new Messages(Lang.EN);
        assertEquals("is empty; write the text here", messages.problem(problem));
        messages.langProperty().set(Lang.ZH);
        assertEquals(problem.message(Lang.ZH), messages.problem(problem));
        assertEquals(problem.message(Lang.ZH), Labels.of(Lang.ZH).problem(problem));
    }

    /** No problems_zh is written yet: Chinese reads the English words, not a missing key. */
    @Test
    void untilTheProblemsHaveChineseWordsChineseReadsEnglish() {
        if (org.caseexplorer.cases.ProblemWords.class.getResource("problems_zh.properties") == null) {
            assertEquals("is empty; write the text here", new Messages(Lang.ZH).problem(problem));
        }
    }
}
