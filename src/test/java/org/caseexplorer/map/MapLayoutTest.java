package org.caseexplorer.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.caseexplorer.bench.SyntheticLibrary;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.junit.jupiter.api.Test;

class MapLayoutTest {

    private static Library shuffled(Library library, long seed) {
        List<Case> cases = new ArrayList<>(library.cases());
        Collections.shuffle(cases, new Random(seed));
        return new Library(library.principles(), library.sources(), cases, library.problems());
    }

    private static Library fifty() {
        return SyntheticLibrary.generate(50, MapFixtures.builtIn().principles(), 50);
    }

    @Test
    void theSameLibraryDrawsTheSamePicture() {
        Library library = MapFixtures.builtIn();
        assertEquals(PrincipleMap.of(library, MapKind.CASES), PrincipleMap.of(library, MapKind.CASES));
        assertEquals(PrincipleMap.of(fifty(), MapKind.CASES), PrincipleMap.of(fifty(), MapKind.CASES));
    }

    /** Files are read in whatever order the folder lists them: the picture must not care. */
    @Test
    void theOrderOfTheCasesDoesNotChangeThePicture() {
        Library library = fifty();
        PrincipleMap map = PrincipleMap.of(library, MapKind.CASES);
        for (long seed = 1; seed <= 3; seed++) {
            Library other = shuffled(library, seed);
            assertNotEquals(library.cases(), other.cases(), "the shuffle must change the order");
            assertEquals(map.byKey(), PrincipleMap.of(other, MapKind.CASES).byKey());
        }
    }

    @Test
    void everyCaseAndPrincipleIsANodeAndEveryPieceOfEvidenceALink() {
        Library library = MapFixtures.builtIn();
        PrincipleMap map = PrincipleMap.of(library, MapKind.CASES);
        assertEquals(library.cases().size() + library.principles().size(), map.nodes().size());
        int links = library.cases().stream().mapToInt(c -> c.links().size()).sum();
        assertEquals(links, map.edges().size());
        MapEdge xiaomiParticipation = map.edges().stream()
                .filter(e -> e.from().equals("case:xiaomi") && e.to().equals("principle:participation"))
                .findFirst().orElseThrow();
        assertEquals(library.caseById("xiaomi").orElseThrow().link("participation").orElseThrow().strength(),
                xiaomiParticipation.weight());
        MapNode xiaomi = map.node("case:xiaomi").orElseThrow();
        assertEquals(library.caseById("xiaomi").orElseThrow().accent(), xiaomi.colour());
    }

    @Test
    void aPrincipleShownByMoreCasesIsDrawnLarger() {
        Library library = MapFixtures.builtIn();
        PrincipleMap map = PrincipleMap.of(library, MapKind.CASES);
        CoOccurrence counts = CoOccurrence.of(library);
        for (MapNode a : map.nodes()) {
            for (MapNode b : map.nodes()) {
                if (a.type() == MapNode.Type.PRINCIPLE && b.type() == MapNode.Type.PRINCIPLE
                        && counts.cases(a.id()) > counts.cases(b.id())) {
                    assertTrue(a.r() > b.r(), a.id() + " shows more cases than " + b.id());
                }
            }
        }
    }

    /** Readable at 50: no two cases on top of each other, every node and label inside the picture. */
    @Test
    void fiftyCasesKeepTheirDistanceAndStayInsideThePicture() {
        PrincipleMap map = PrincipleMap.of(fifty(), MapKind.CASES);
        List<MapNode> cases = map.nodes().stream().filter(n -> n.type() == MapNode.Type.CASE).toList();
        assertEquals(50, cases.size());
        for (int i = 0; i < cases.size(); i++) {
            for (int j = i + 1; j < cases.size(); j++) {
                double d = Math.hypot(cases.get(i).x() - cases.get(j).x(), cases.get(i).y() - cases.get(j).y());
                assertTrue(d > MapLayout.CASE_GAP * 0.6, cases.get(i).id() + " and " + cases.get(j).id() + " are " + d + " apart");
            }
        }
        for (MapNode n : map.nodes()) {
            assertTrue(n.x() - n.r() >= map.minX() && n.x() + n.r() <= map.minX() + map.width(), n.id());
            assertTrue(n.y() - n.r() >= map.minY() && n.labelY() <= map.minY() + map.height(), n.id());
        }
    }

    @Test
    void aPrincipleKeepsItsPlaceWhateverTheCases() {
        Library library = MapFixtures.builtIn();
        Library fewer = new Library(library.principles(), library.sources(), library.cases().subList(0, 2), List.of());
        MapNode before = PrincipleMap.of(fewer, MapKind.CASES).node("principle:word-of-mouth").orElseThrow();
        MapNode after = PrincipleMap.of(library, MapKind.CASES).node("principle:word-of-mouth").orElseThrow();
        assertEquals(Math.atan2(before.y(), before.x()), Math.atan2(after.y(), after.x()), 1e-9);
    }

    @Test
    void theCoOccurrenceMapLinksPrinciplesByHowManyCasesShowBoth() {
        Library library = SyntheticLibrary.generate(500, MapFixtures.builtIn().principles(), 3);
        PrincipleMap map = PrincipleMap.of(library, MapKind.PRINCIPLES);
        CoOccurrence counts = CoOccurrence.of(library);
        assertEquals(library.principles().size(), map.nodes().size());
        assertTrue(map.nodes().stream().allMatch(n -> n.type() == MapNode.Type.PRINCIPLE));
        for (MapEdge e : map.edges()) {
            assertEquals(counts.together(e.from().substring("principle:".length()), e.to().substring("principle:".length())),
                    e.weight());
        }
        assertEquals(map.edges().stream().mapToInt(MapEdge::weight).max().orElseThrow(), map.maxWeight());
        assertEquals(PrincipleMap.of(shuffled(library, 9), MapKind.PRINCIPLES), map);
    }

    @Test
    void aLargeLibraryIsDrawnAsTheCoOccurrenceMap() {
        Library big = SyntheticLibrary.generate(MapKind.MAX_CASES_DRAWN + 1, MapFixtures.builtIn().principles(), 1);
        assertEquals(MapKind.PRINCIPLES, PrincipleMap.of(big).kind());
        assertEquals(MapKind.CASES, PrincipleMap.of(MapFixtures.builtIn()).kind());
    }
}
