package org.caseexplorer.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static Library library;

    @BeforeAll
    static void load() {
        library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
    }

    private static List<Case> cases(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> library.caseById(id).orElseThrow()).toList();
    }

    private static Comparison compare(ComparisonOptions options, String... ids) {
        return Comparison.of(library, cases(ids), options);
    }

    private static List<String> rowIds(Comparison comparison) {
        return comparison.rows().stream().map(r -> r.principle().id()).toList();
    }

    @Test
    void rowsAreThePrinciplesAnyChosenCaseIllustratesInLibraryOrder() {
        Comparison comparison = compare(ComparisonOptions.DEFAULT, "xiaomi", "tesla", "haidilao");
        List<String> expected = library.principles().stream()
                .filter(p -> cases("xiaomi", "tesla", "haidilao").stream().anyMatch(c -> c.link(p.id()).isPresent()))
                .map(p -> p.id()).toList();
        assertEquals(expected, rowIds(comparison));
        assertEquals(List.of("xiaomi", "tesla", "haidilao"), comparison.cases().stream().map(Case::id).toList());
        comparison.rows().forEach(r -> assertEquals(3, r.cells().size()));
    }

    @Test
    void noEvidenceIsStrengthZeroAndNotTheSameAsWeakEvidence() {
        Comparison comparison = compare(ComparisonOptions.DEFAULT, "xiaomi", "haidilao");
        ComparisonCell weak = comparison.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.link().map(l -> l.strength() == 1).orElse(false)).findFirst()
                .orElseThrow(() -> new AssertionError("a link of strength 1 to compare with"));
        assertTrue(weak.hasEvidence());
        assertEquals(1, weak.strength());
        ComparisonCell none = comparison.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.link().isEmpty()).findFirst().orElseThrow();
        assertFalse(none.hasEvidence());
        assertEquals(0, none.strength());
    }

    @Test
    void onlyDifferencesDropsRowsWhereEveryCaseHasTheSameStrength() {
        Comparison all = compare(ComparisonOptions.DEFAULT, "xiaomi", "tesla");
        Comparison differences = compare(ComparisonOptions.DEFAULT.withScope(RowScope.ONLY_DIFFERENCES),
                "xiaomi", "tesla");
        assertTrue(differences.rows().stream().allMatch(ComparisonRow::differs));
        assertEquals(all.rows().stream().filter(ComparisonRow::differs).count(), differences.rows().size());
        assertTrue(differences.rows().size() < all.rows().size(), "some rows are the same for both");
    }

    @Test
    void onlySharedKeepsRowsEveryCaseIllustrates() {
        Comparison shared = compare(ComparisonOptions.DEFAULT.withScope(RowScope.ONLY_SHARED), "xiaomi", "tesla");
        assertFalse(shared.rows().isEmpty());
        for (ComparisonRow row : shared.rows()) {
            assertTrue(row.cells().stream().allMatch(ComparisonCell::hasEvidence), row.principle().id());
        }
    }

    @Test
    void sortingByTotalStrengthPutsTheStrongestRowFirstAndKeepsLibraryOrderForTies() {
        Comparison sorted = compare(ComparisonOptions.DEFAULT.withOrder(RowOrder.TOTAL_STRENGTH),
                "xiaomi", "tesla", "haidilao", "ganqishi", "xiaotimes");
        List<Integer> totals = sorted.rows().stream().map(ComparisonRow::total).toList();
        for (int i = 1; i < totals.size(); i++) {
            assertTrue(totals.get(i - 1) >= totals.get(i), "totals descending: " + totals);
        }
        List<String> libraryOrder = library.principles().stream().map(p -> p.id()).toList();
        for (int i = 1; i < sorted.rows().size(); i++) {
            ComparisonRow a = sorted.rows().get(i - 1);
            ComparisonRow b = sorted.rows().get(i);
            if (a.total() == b.total()) {
                assertTrue(libraryOrder.indexOf(a.principle().id()) < libraryOrder.indexOf(b.principle().id()));
            }
        }
    }

    @Test
    void sortingByDifferencePutsTheWidestSpreadFirst() {
        Comparison sorted = compare(ComparisonOptions.DEFAULT.withOrder(RowOrder.DIFFERENCE),
                "xiaomi", "tesla", "haidilao");
        List<Integer> spreads = sorted.rows().stream().map(ComparisonRow::spread).toList();
        for (int i = 1; i < spreads.size(); i++) {
            assertTrue(spreads.get(i - 1) >= spreads.get(i), "spreads descending: " + spreads);
        }
        assertEquals(3, spreads.get(0));
    }

    @Test
    void followingThePrincipleFilterKeepsOnlyItsPrinciplesAndDropsExcludedOnes() {
        Comparison fans = compare(ComparisonOptions.DEFAULT.withPrinciples(Set.of("fans"), Set.of()),
                "xiaomi", "tesla", "xiaotimes");
        assertEquals(List.of("fans"), rowIds(fans));
        Comparison withoutFans = compare(ComparisonOptions.DEFAULT.withPrinciples(Set.of(), Set.of("fans")),
                "xiaomi", "tesla", "xiaotimes");
        assertFalse(rowIds(withoutFans).contains("fans"));
        assertFalse(rowIds(withoutFans).isEmpty());
    }

    @Test
    void baselineGivesEachOtherCellItsDifferenceAndNothingForItself() {
        Comparison comparison = compare(ComparisonOptions.DEFAULT.withBaseline(Optional.of("xiaomi")),
                "tesla", "xiaomi");
        assertEquals("xiaomi", comparison.baseline().orElseThrow().id());
        for (ComparisonRow row : comparison.rows()) {
            assertEquals(OptionalInt.of(row.cell(0).strength() - row.cell(1).strength()),
                    comparison.deltaToBaseline(row, 0));
            assertEquals(OptionalInt.empty(), comparison.deltaToBaseline(row, 1));
        }
    }

    @Test
    void aBaselineThatIsNotComparedIsIgnored() {
        Comparison comparison = compare(ComparisonOptions.DEFAULT.withBaseline(Optional.of("ganqishi")),
                "tesla", "xiaomi");
        assertTrue(comparison.baseline().isEmpty());
        assertEquals(OptionalInt.empty(), comparison.deltaToBaseline(comparison.rows().get(0), 0));
    }

    @Test
    void oneCaseHasNothingToCompareAndSixAreRefused() {
        assertTrue(compare(ComparisonOptions.DEFAULT, "xiaomi").rows().isEmpty());
        assertFalse(compare(ComparisonOptions.DEFAULT, "xiaomi").isComplete());
        List<Case> six = new java.util.ArrayList<>(cases("xiaomi", "tesla", "haidilao", "ganqishi", "xiaotimes"));
        six.add(six.get(0));
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(library, six, ComparisonOptions.DEFAULT));
    }
}
