package org.caseexplorer.authoring.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.caseexplorer.authoring.ui.CaseFormFields.Input;
import org.junit.jupiter.api.Test;

/** The form tells what a value is from its pointer, by the fields it is built from. */
class CaseFormFieldsTest {

    @Test
    void aLinksPrincipleAndAQuotesOrAFactsSourceArePicked() {
        assertEquals(Optional.of(Input.PRINCIPLE), CaseFormFields.inputAt("/links/0/principle"));
        assertEquals(Optional.of(Input.PRINCIPLE), CaseFormFields.inputAt("/links/12/principle"));
        assertEquals(Optional.of(Input.SOURCE), CaseFormFields.inputAt("/links/3/evidence/1/source"));
        assertEquals(Optional.of(Input.SOURCE), CaseFormFields.inputAt("/facts/2/source"));
    }

    @Test
    void textsAreWrittenInTheirLanguages() {
        assertEquals(Optional.of(Input.TEXT), CaseFormFields.inputAt("/name/en"));
        assertEquals(Optional.of(Input.LONG_TEXT), CaseFormFields.inputAt("/links/0/explanation/zh"));
        assertEquals(Optional.of(Input.PASSAGE), CaseFormFields.inputAt("/links/0/evidence/0/quote"));
        assertEquals(Optional.of(Input.ID), CaseFormFields.inputAt("/id"));
    }

    @Test
    void whatIsNotAFieldOfTheFormIsNothing() {
        assertEquals(Optional.empty(), CaseFormFields.inputAt(""));
        assertEquals(Optional.empty(), CaseFormFields.inputAt("/name"));
        assertEquals(Optional.empty(), CaseFormFields.inputAt("/links/0/evidence"));
        assertEquals(Optional.empty(), CaseFormFields.inputAt("/links/x/principle"));
        assertEquals(Optional.empty(), CaseFormFields.inputAt("/links/0/principle/more"));
        assertEquals(Optional.empty(), CaseFormFields.inputAt("/principle"));
        assertEquals(Optional.empty(), CaseFormFields.inputAt("/links/0/colour"));
    }
}
