package org.caseexplorer.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Documents as values, undo with coalesced typing, ids, and field-by-field differences. */
class EditingModelTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void typingInOneFieldUndoesAsOneStepButAPauseOrAnotherFieldStartsANewOne() {
        EditHistory<String> history = new EditHistory<>(nanos::get);
        String state = "";
        for (String next : List.of("N", "Ni", "Nio")) {
            history.record(state, "/name/en");
            state = next;
            nanos.addAndGet(100_000_000L);
        }
        nanos.addAndGet(2 * EditHistory.PAUSE_NANOS);
        history.record(state, "/name/en");
        state = "Nio Inc";
        history.record(state, "/name/zh");
        state = "Nio Inc|蔚来";
        state = history.undo(state).orElseThrow();
        assertEquals("Nio Inc", state);
        state = history.undo(state).orElseThrow();
        assertEquals("Nio", state, "the pause split the typing");
        state = history.undo(state).orElseThrow();
        assertEquals("", state, "N, Ni, Nio undo at once");
        assertFalse(history.canUndo());
        state = history.redo(state).orElseThrow();
        assertEquals("Nio", state);
        history.record(state, null);
        assertFalse(history.canRedo(), "a new edit drops the redo steps");
    }

    @Test
    void thePauseThatSplitsTypingCountsFromWhenTheLastKeystrokeWasDealtWith() {
        EditHistory<String> history = new EditHistory<>(nanos::get);
        String state = "mine";
        for (String next : List.of("o", "ou", "our", "ours")) {
            history.record(state, "/id");
            // Checking the case after each keystroke is slow here: 0.9 s, then 0.3 s to the next key.
            nanos.addAndGet(900_000_000L);
            history.settled();
            nanos.addAndGet(300_000_000L);
            state = next;
        }
        state = history.undo(state).orElseThrow();
        assertEquals("mine", state, "the new id undoes at once, as it was typed without a pause");
        assertFalse(history.canUndo());
    }

    @Test
    void anIdIsProposedFromTheEnglishNameElseNumberedForAChineseName() {
        Set<String> taken = Set.of("nio", "case-1");
        assertEquals("nio-2", CaseIds.propose("Nio", "蔚来", taken::contains));
        assertEquals("case", CaseIds.propose("Case", "", taken::contains), "an English word is a name, not a number");
        assertEquals("case-2", CaseIds.propose("", "蔚来", taken::contains));
        assertEquals("case-2", CaseIds.propose("蔚来", "", taken::contains), "no Latin letters to make an id of");
        assertEquals("case-1", CaseIds.propose("  ", "蔚来", Set.<String>of()::contains));
        assertEquals("", CaseIds.propose("", " ", taken::contains));
    }

    @Test
    void structuralEditsAreStepsOfTheirOwnEvenBackToBack() {
        EditHistory<Integer> history = new EditHistory<>(nanos::get);
        history.record(0, null);
        history.record(1, null);
        assertEquals(1, history.undo(2).orElseThrow());
        assertEquals(0, history.undo(1).orElseThrow());
    }

    @Test
    void documentsAreValuesThatEditsDoNotChange() {
        CaseDocument blank = CaseDocument.blank();
        CaseDocument named = blank.withText("/name/en", "Nio");
        assertEquals("", blank.text("/name/en"));
        assertEquals("Nio", named.text("/name/en"));
        assertEquals(blank, CaseDocument.blank());
        CaseDocument twoFacts = blank.withInserted("/facts", 0, CaseDocument.bilingual("a", "甲"))
                .withInserted("/facts", 1, CaseDocument.bilingual("b", "乙"));
        CaseDocument moved = twoFacts.withMoved("/facts", 1, 0);
        assertEquals("b", moved.text("/facts/0/en"));
        assertEquals("a", twoFacts.text("/facts/0/en"));
        assertEquals(twoFacts, moved.withMoved("/facts", 0, 1));
        assertEquals(1, moved.withRemoved("/facts", 0).size("/facts"));
    }

    @Test
    void idsComeFromTheEnglishNameAndAreMadeUnique() {
        assertEquals("nio-inc", CaseIds.fromName("  Nio Inc.  "));
        assertEquals("cafe-24", CaseIds.fromName("Café 24"));
        assertEquals("case", CaseIds.fromName("蔚来"));
        assertEquals("xiaomi-2", CaseIds.unique("xiaomi", Set.of("xiaomi")));
        assertEquals("xiaomi-3", CaseIds.unique("xiaomi", Set.of("xiaomi", "xiaomi-2")));
        assertTrue(CaseIds.fromName("x".repeat(200)).length() <= CaseIds.MAX_LENGTH);
    }

    @Test
    void theFilesFormatAndSchemaAreNoFieldsOfTheCaseInADiff() throws Exception {
        CaseDocument before = CaseDocument.parse(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("cases/tesla.json")));
        CaseDocument after = before.withValue("/format", null).withValue("/$schema", null).withText("/accent", "#010203");
        assertEquals(java.util.List.of("/accent"), FieldDiff.between(before, after).stream()
                .map(FieldDiff.Change::pointer).toList(), "one field changed, not three");
    }

    @Test
    void diffNamesEachChangedFieldAndMergeTakesTheChosenOnes() {
        CaseDocument base = CaseDocument.blank().withText("/name/en", "Nio").withText("/name/zh", "蔚来");
        CaseDocument mine = base.withText("/name/en", "NIO");
        CaseDocument theirs = base.withText("/name/zh", "蔚来汽车").withText("/accent", "#112233");
        List<FieldDiff.Change> changes = FieldDiff.between(mine, theirs);
        assertEquals(List.of("name.en", "name.zh", "accent"), changes.stream().map(FieldDiff.Change::field).toList());
        CaseDocument merged = FieldDiff.merge(mine, theirs, Set.of("/name/zh"));
        assertEquals("NIO", merged.text("/name/en"));
        assertEquals("蔚来汽车", merged.text("/name/zh"));
        assertEquals(mine.text("/accent"), merged.text("/accent"));
    }
}
