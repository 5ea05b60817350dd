package org.caseexplorer.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseFilterTest {

    @Test
    void includingAnExcludedPrincipleStopsExcludingIt() {
        CaseFilter filter = CaseFilter.NONE.toggleExcluded("fans").toggleIncluded("fans");
        assertEquals(Set.of("fans"), filter.included());
        assertEquals(Set.of(), filter.excluded());
    }

    @Test
    void togglingTwiceRemoves() {
        assertTrue(CaseFilter.NONE.toggleIncluded("fans").toggleIncluded("fans").isEmpty());
        assertTrue(CaseFilter.NONE.toggleExcluded("fans").toggleExcluded("fans").isEmpty());
    }

    @Test
    void onlyKeepsTextAndModeButReplacesPrinciples() {
        CaseFilter filter = new CaseFilter(Set.of("a", "b"), Set.of("c"), FilterMode.ALL, "x").only("d");
        assertEquals(new CaseFilter(Set.of("d"), Set.of(), FilterMode.ALL, "x"), filter);
    }

    @Test
    void blankTextIsNoFilter() {
        assertTrue(CaseFilter.NONE.withText("   ").isEmpty());
        assertFalse(CaseFilter.NONE.withText("a").isEmpty());
    }
}
