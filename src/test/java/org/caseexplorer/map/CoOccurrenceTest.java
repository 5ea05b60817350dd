package org.caseexplorer.map;

import static org.caseexplorer.map.MapFixtures.aCase;
import static org.caseexplorer.map.MapFixtures.link;
import static org.caseexplorer.map.MapFixtures.principle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.caseexplorer.bench.SyntheticLibrary;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.junit.jupiter.api.Test;

class CoOccurrenceTest {

    private final List<Principle> abc = List.of(principle("a", "A", "甲"), principle("b", "B", "乙"),
            principle("c", "C", "丙"));

    @Test
    void countsEachPairOnceForEveryCaseThatShowsBoth() {
        List<Case> cases = List.of(
                aCase("one", "One", "一", link("a", 3), link("b", 1)),
                aCase("two", "Two", "二", link("b", 2), link("a", 2), link("c", 1)),
                aCase("three", "Three", "三", link("c", 3)));
        CoOccurrence counts = CoOccurrence.of(abc, cases);
        assertEquals(2, counts.together("a", "b"));
        assertEquals(2, counts.together("b", "a"), "the pair has no direction");
        assertEquals(1, counts.together("a", "c"));
        assertEquals(1, counts.together("b", "c"));
        assertEquals(2, counts.cases("a"));
        assertEquals(2, counts.cases("c"));
        assertEquals(2, counts.maxCases());
    }

    @Test
    void samePrincipleTwiceAndUnknownPrinciplesCountNothing() {
        List<Case> cases = List.of(aCase("one", "One", "一", link("a", 3), link("nowhere", 2)));
        CoOccurrence counts = CoOccurrence.of(abc, cases);
        assertEquals(0, counts.together("a", "a"));
        assertEquals(0, counts.together("a", "nowhere"));
        assertEquals(0, counts.cases("nowhere"));
        assertEquals(1, counts.cases("a"));
    }

    @Test
    void anEmptyLibraryHasNoCounts() {
        CoOccurrence counts = CoOccurrence.of(Library.EMPTY);
        assertEquals(0, counts.maxCases());
        assertEquals(0, counts.together("a", "b"));
    }

    /** The triangular table against the plain question asked of every case, on 2,000 generated cases. */
    @Test
    void agreesWithAPlainScanOnAGeneratedLibrary() {
        Library builtIn = MapFixtures.builtIn();
        Library library = SyntheticLibrary.generate(2000, builtIn.principles(), 7);
        CoOccurrence counts = CoOccurrence.of(library);
        for (Principle p : library.principles()) {
            long showing = library.cases().stream().filter(c -> c.link(p.id()).isPresent()).count();
            assertEquals(showing, counts.cases(p.id()), p.id());
            for (Principle q : library.principles()) {
                if (p != q) {
                    long both = library.cases().stream()
                            .filter(c -> c.link(p.id()).isPresent() && c.link(q.id()).isPresent()).count();
                    assertEquals(both, counts.together(p.id(), q.id()), p.id() + " & " + q.id());
                }
            }
        }
    }
}
