package org.caseexplorer.authoring.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The editor names where a problem is as a person reads the form, not as a JSON path. */
class ProblemPlaceTest {

    private final Messages en = new Messages(Lang.EN);

    @Test
    void aQuoteOfALinkIsLinkAndQuoteCountedFromOne() {
        assertEquals("Link 1 › Quote 1", ProblemPlace.of("links[0].evidence[0].quote", en));
        assertEquals("Link 2 › Quote 3 › Source", ProblemPlace.of("links[1].evidence[2].source", en));
        assertEquals("Link 1 › Principle", ProblemPlace.of("links[0].principle", en));
        assertEquals("Link 1", ProblemPlace.of("links[0].evidence", en));
    }

    @Test
    void aTextNamesItsLanguageAndAFactItsField() {
        assertEquals("Name (English)", ProblemPlace.of("name.en", en));
        assertEquals("Fact 2 › Quote", ProblemPlace.of("facts[1].quote", en));
        assertEquals("Web link 1 › Address", ProblemPlace.of("web[0].url", en));
        assertEquals("Principles it illustrates", ProblemPlace.of("links", en));
        assertEquals("", ProblemPlace.of("", en), "the case as a whole");
    }

    @Test
    void inChineseThePlaceIsChinese() {
        assertEquals("关联 1 › 引文 1", ProblemPlace.of("links[0].evidence[0].quote", new Messages(Lang.ZH)));
    }

    @Test
    void aFieldTheEditorDoesNotKnowKeepsItsName() {
        assertEquals("Link 1 › colour", ProblemPlace.of("links[0].colour", en));
    }
}
