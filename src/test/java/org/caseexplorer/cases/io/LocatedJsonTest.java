package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding where values start in a case file's text. */
class LocatedJsonTest {

    private static final String LINKS_BEFORE_FACTS = """
            {
              "id": "mine",
              "links": [
                { "principle": "fans", "evidence": [ { "quote": "first" }, { "quote": "second" } ] }
              ],
              "facts": [ { "quote": "third" } ],
              "a~b/c": { "quote": "escaped" }
            }
            """;

    private static LocatedJson parse(String text) throws IOException {
        return LocatedJson.parse(new JsonFactory(), text);
    }

    @Test
    void theFirstOfSeveralPointersIsTheOneThatComesFirstInTheTextWhateverTheOrderAskedIn() throws IOException {
        LocatedJson json = parse(LINKS_BEFORE_FACTS);
        Map.Entry<String, JsonLocation> first = json.firstOf(Set.of("/facts/0/quote",
                "/links/0/evidence/1/quote", "/links/0/evidence/0/quote")).orElseThrow();
        assertEquals("/links/0/evidence/0/quote", first.getKey());
        assertEquals(4, first.getValue().getLineNr());
        // The same place the full map of locations gives.
        JsonLocation located = json.locate("/links/0/evidence/0/quote");
        assertEquals(located.getLineNr(), first.getValue().getLineNr());
        assertEquals(located.getColumnNr(), first.getValue().getColumnNr());
    }

    @Test
    void fieldNamesAreEscapedAsInAnyPointerAndAPointerThatIsNotThereIsNotFound() throws IOException {
        LocatedJson json = parse(LINKS_BEFORE_FACTS);
        assertEquals("/a~0b~1c/quote", json.firstOf(Set.of("/a~0b~1c/quote")).orElseThrow().getKey());
        assertTrue(json.firstOf(Set.of("/links/5/evidence/0/quote")).isEmpty());
        assertTrue(json.firstOf(Set.of()).isEmpty());
    }
}
