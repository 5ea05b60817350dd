package org.caseexplorer.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.junit.jupiter.api.Test;

class MapDimmingTest {

    private final Library library = MapFixtures.builtIn();
    private final PrincipleMap map = PrincipleMap.of(library, MapKind.CASES);

    @Test
    void withoutAFilterNothingIsDimmed() {
        assertEquals(Set.of(), MapDimming.dimmed(map, library.cases(), false, Set.of()));
    }

    @Test
    void theCasesTheFilterHidesAndThePrinciplesNoShownCaseHasAreDimmed() {
        Case xiaomi = library.caseById("xiaomi").orElseThrow();
        Set<String> dim = MapDimming.dimmed(map, List.of(xiaomi), true, Set.of());
        assertFalse(dim.contains("case:xiaomi"));
        assertTrue(dim.contains("case:tesla"));
        for (MapNode node : map.nodes()) {
            if (node.type() == MapNode.Type.PRINCIPLE) {
                assertEquals(xiaomi.link(node.id()).isEmpty(), dim.contains(node.key()), node.id());
            }
        }
    }

    @Test
    void anExcludedPrincipleIsDimmedEvenIfAShownCaseHasIt() {
        Case xiaomi = library.caseById("xiaomi").orElseThrow();
        String linked = xiaomi.links().get(0).principle();
        assertTrue(MapDimming.dimmed(map, List.of(xiaomi), true, Set.of(linked)).contains("principle:" + linked));
    }
}
