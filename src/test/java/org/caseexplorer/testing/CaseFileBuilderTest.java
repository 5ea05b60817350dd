package org.caseexplorer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.io.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures the other tests stand on: what the builders promise is what the loader reads. */
class CaseFileBuilderTest {

    @TempDir
    Path dir;

    private Library load() {
        return new LibraryLoader().open(Optional.of(dir));
    }

    @Test
    void theDefaultCaseLoadsWithOnlyTheNoteOnItsUncheckedQuote() throws IOException {
        CaseFileBuilder.aCase("mine").writeTo(dir);
        Library library = load();
        Case mine = library.caseById("mine").orElseThrow();
        assertEquals(List.of(CaseFileBuilder.PRINCIPLE), mine.links().stream().map(l -> l.principle()).toList());
        assertEquals(1, library.problems().size(), library.problems()::toString);
        Problem note = library.problems().get(0);
        assertTrue(note.isNote() && note.message().startsWith("1 quote is unchecked: built-in source \u201C"
                + CaseFileBuilder.BUILT_IN_SOURCE + "\u201D"), note.message());
    }

    @Test
    void givenFieldsReplaceTheDefaultsAndTheFirstLinkReplacesTheDefaultLink() throws IOException {
        CaseFileBuilder.aCase("mine").name("Mine", "我的").image("mine.png").web("Site", "网站", "https://example.com")
                .fact("Founded", "成立", "2003", "2003年", 2003, null)
                .link("user-thinking", 2, CaseFileBuilder.quote(CaseFileBuilder.BUILT_IN_SOURCE, "一", null))
                .link("brand", 1, CaseFileBuilder.quote(CaseFileBuilder.BUILT_IN_SOURCE, "二", null))
                .writeTo(dir);
        Case mine = load().caseById("mine").orElseThrow();
        assertEquals("Mine", mine.name().en());
        assertEquals("我的", mine.name().zh());
        assertEquals(List.of("user-thinking", "brand"), mine.links().stream().map(l -> l.principle()).toList());
        assertEquals(1, mine.facts().size());
        assertEquals(1, mine.web().size());
    }

    @Test
    void aQuoteOfASourceWithTextIsCheckedAgainstIt() throws IOException {
        SourcesFileBuilder.sources().sourceWithText("mine", "Mine", "我的", "sources/mine.txt", "小米的參與感來自用戶。")
                .writeTo(dir);
        CaseFileBuilder.aCase("found").link("brand", 3, CaseFileBuilder.quote("mine", "參與感來自用戶", null)).writeTo(dir);
        assertEquals(List.of(), load().problems());
        CaseFileBuilder.aCase("missing").link("brand", 3, CaseFileBuilder.quote("mine", "沒有這句話", null)).writeTo(dir);
        assertEquals(List.of("links[0].evidence[0].quote"), load().problems().stream().map(Problem::field).toList());
    }

    @Test
    void setRemoveRenameAndRawChangeExactlyTheFieldNamed() {
        String json = CaseFileBuilder.aCase("x").set("/links/0/strength", "high").remove("/tagline")
                .rename("/summary", "summary_").raw("/accent", "1e400").json();
        assertTrue(json.contains("\"strength\": \"high\""), json);
        assertTrue(!json.contains("\"tagline\"") && json.contains("\"summary_\": {"), json);
        assertTrue(json.contains("\"accent\": 1e400"), json);
        assertTrue(json.startsWith("{\n  \"$schema\": \"schema/case.schema.json\",\n  \"id\": \"x\",\n"), json);
    }
}
