package org.caseexplorer.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparison choice as a value: its rules hold whatever verb made it. */
class ComparisonChoiceTest {

    private static ComparisonChoice choice(String... ids) {
        ComparisonChoice choice = ComparisonChoice.NONE;
        for (String id : ids) {
            choice = choice.with(id);
        }
        return choice;
    }

    @Test
    void casesJoinAsTheLastColumnAndOnlyOnce() {
        ComparisonChoice two = choice("a", "b");
        assertEquals(List.of("a", "b"), two.caseIds());
        assertSame(two, two.with("a"), "a case already compared is not added twice");
        assertEquals(List.of("a", "b"), new ComparisonChoice(List.of("a", "b", "a"), Optional.empty()).caseIds());
    }

    @Test
    void aFullChoiceRefusesAnotherCaseAndARememberedOneKeepsItsFirstColumns() {
        ComparisonChoice full = choice("a", "b", "c", "d", "e");
        assertTrue(full.isFull());
        assertThrows(IllegalStateException.class, () -> full.with("f"));
        assertThrows(IllegalArgumentException.class,
                () -> new ComparisonChoice(List.of("a", "b", "c", "d", "e", "f"), Optional.empty()));
        assertEquals(List.of("a", "b", "c", "d", "e"),
                ComparisonChoice.of(List.of("a", "b", "a", "c", "d", "e", "f")).caseIds());
    }

    @Test
    void theBaselineIsAlwaysOneOfTheComparedCases() {
        assertEquals(Optional.empty(), new ComparisonChoice(List.of("a"), Optional.of("z")).baseline());
        ComparisonChoice withBaseline = choice("a", "b", "c").withBaselineToggled("b");
        assertTrue(withBaseline.isBaseline("b"));
        assertSame(withBaseline, withBaseline.withBaselineToggled("z"), "a case not compared cannot be the baseline");
        assertEquals(Optional.empty(), withBaseline.withBaselineToggled("b").baseline(), "toggled again: none");
        assertEquals(Optional.empty(), withBaseline.without("b").baseline(), "a case that leaves stops being it");
        assertEquals(Optional.empty(), withBaseline.retaining(id -> !id.equals("b")).baseline());
        assertFalse(withBaseline.without("b").with("b").isBaseline("b"), "and does not come back with it");
        assertEquals(Optional.of("b"), withBaseline.movedTo("b", 0).baseline(), "moving keeps it");
    }

    @Test
    void columnsMoveWithinBounds() {
        ComparisonChoice three = choice("a", "b", "c");
        assertEquals(List.of("b", "a", "c"), three.movedBy("a", 1).caseIds());
        assertEquals(List.of("a", "b", "c"), three.movedBy("a", -1).caseIds(), "the first column cannot move left");
        assertEquals(List.of("a", "b", "c"), three.movedBy("c", 3).caseIds(), "nor the last right");
        assertEquals(List.of("c", "a", "b"), three.movedTo("c", 0).caseIds());
        assertEquals(List.of("b", "c", "a"), three.movedTo("a", 99).caseIds());
        assertSame(three, three.movedTo("z", 0), "a case that is not compared does not move");
    }

    @Test
    void everyChangeIsANewValueAndTheOldOneStaysAsItWas() {
        ComparisonChoice before = choice("a", "b").withBaselineToggled("a");
        ComparisonChoice after = before.without("a").with("c");
        assertEquals(List.of("a", "b"), before.caseIds());
        assertEquals(Optional.of("a"), before.baseline());
        assertEquals(List.of("b", "c"), after.caseIds());
        assertThrows(UnsupportedOperationException.class, () -> before.caseIds().add("x"));
    }
}
