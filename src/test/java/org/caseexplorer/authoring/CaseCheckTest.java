package org.caseexplorer.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.io.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's rules, run on one case in memory, name the field at fault. */
class CaseCheckTest {

    private static final LibraryLoader LOADER = new LibraryLoader();
    private static final Library BUILT_IN = LOADER.open(Optional.empty());

    @TempDir
    Path folder;

    private List<Problem> check(CaseDocument doc, Set<String> others) {
        return LOADER.checkCase(doc.tree(), folder, doc.id() + ".json", BUILT_IN, others);
    }

    private static CaseDocument xiaomiAs(String id) throws IOException {
        return CaseDocument.parse(Files.readAllBytes(Path.of("cases/xiaomi.json"))).withText("/id", id);
    }

    /** The source of each quote of the case, in the order of the file: the facts', then the links'. */
    private static List<String> citedSources(CaseDocument doc) {
        List<String> sources = new java.util.ArrayList<>();
        doc.tree().path("facts").forEach(f -> {
            if (f.has("quote")) {
                sources.add(f.path("source").asText());
            }
        });
        doc.tree().path("links").forEach(l -> l.path("evidence").forEach(e -> sources.add(e.path("source").asText())));
        return sources;
    }

    /** Every problem but the note a copy of Xiaomi gets: its quotes cite built-in sources, which have no text. */
    private List<Problem> besidesTheQuotesNote(List<Problem> problems) {
        assertEquals(1, problems.stream().filter(CaseCheckTest::isQuotesNote).count(), problems::toString);
        return problems.stream().filter(p -> !isQuotesNote(p)).toList();
    }

    private static boolean isQuotesNote(Problem p) {
        return p.isNote() && p.message().matches("\\d+ quotes are unchecked: built-in sources .*");
    }

    @Test
    void aBuiltInCaseUnderANewIdHasNoProblemButANoteOnItsUncheckedQuotes() throws IOException {
        List<Problem> problems = check(xiaomiAs("xiaomi-2"), Set.of("xiaomi"));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).isNote());
        assertEquals("", problems.get(0).field(), "in the editor the note is about the whole case");
        List<String> cited = citedSources(xiaomiAs("xiaomi-2"));
        assertTrue(cited.size() > 2, "a case citing several sources: " + cited);
        assertEquals(cited.size() + " quotes are unchecked: built-in sources "
                + String.join(", ", cited.stream().distinct().map(id -> "\u201C" + id + "\u201D").toList())
                        .replaceFirst(", (\u201C[^\u201D]*\u201D)$", " and $1")
                + " come without their texts (cite a source of your own that has one to have them checked)",
                problems.get(0).message());
    }

    @Test
    void anIdAnotherCaseHasIsAProblemAtTheId() throws IOException {
        List<Problem> problems = besidesTheQuotesNote(check(xiaomiAs("xiaomi"), Set.of("xiaomi")));
        assertEquals(List.of("id"), problems.stream().map(Problem::field).toList());
        assertEquals(0, problems.get(0).line(), "in memory there is no line to give");
    }

    @Test
    void anUnknownSourceOnAQuoteIsShownAtThatQuotesSource() throws IOException {
        CaseDocument doc = xiaomiAs("mine").withText("/links/1/evidence/0/source", "no-such-source");
        List<Problem> all = check(doc, Set.of());
        // The quote citing no known source is the problem; it is not counted among the unchecked ones.
        int quotes = citedSources(xiaomiAs("mine")).size();
        assertTrue(all.stream().anyMatch(p -> p.message().startsWith((quotes - 1) + " quotes are unchecked: ")),
                all::toString);
        List<Problem> problems = besidesTheQuotesNote(all);
        assertEquals(List.of("links[1].evidence[0].source"), problems.stream().map(Problem::field).toList());
        assertTrue(problems.get(0).message().contains("no-such-source"), problems.get(0).message());
    }

    @Test
    void aBlankCaseHasAProblemAtEachEmptyRequiredField() {
        List<String> fields = check(CaseDocument.blank(), Set.of()).stream().map(Problem::field).toList();
        assertTrue(fields.contains("id"), fields.toString());
        assertTrue(fields.contains("name.en"), fields.toString());
        assertTrue(fields.contains("links"), fields.toString());
    }

    @Test
    void englishTextInAChineseFieldIsAProblemAtThatField() throws IOException {
        List<Problem> problems = besidesTheQuotesNote(check(xiaomiAs("mine").withText("/name/zh", "Xiaomi"), Set.of()));
        assertEquals(List.of("name.zh"), problems.stream().map(Problem::field).toList());
    }

    @Test
    void aPictureOutsideTheFolderIsAProblemAtTheImage() throws IOException {
        CaseDocument doc = xiaomiAs("mine").withText("/image", "../secret.png");
        assertEquals(List.of("image"), besidesTheQuotesNote(check(doc, Set.of())).stream().map(Problem::field).toList());
    }
}
