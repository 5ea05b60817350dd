package org.caseexplorer.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseexplorer.cases.BuiltInLibrary;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.LibraryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseIndexTest {

    private static CaseIndex index;

    @BeforeAll
    static void load() {
        Library library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        index = new CaseIndex(library);
    }

    private static List<String> shown(CaseFilter filter) {
        return index.apply(filter).cases().stream().map(Case::id).toList();
    }

    private static CaseFilter including(FilterMode mode, String... ids) {
        return new CaseFilter(Set.of(ids), Set.of(), mode, "");
    }

    @Test
    void noFilterShowsEveryCase() {
        assertEquals(List.of("ganqishi", "haidilao", "tesla", "xiaomi", "xiaotimes"), shown(CaseFilter.NONE));
    }

    @Test
    void filterByOnePrincipleShowsTheCasesThatIllustrateIt() {
        assertEquals(List.of("xiaomi", "xiaotimes"), shown(including(FilterMode.ANY, "fans")));
    }

    @Test
    void filterByTwoPrinciplesInAnyModeShowsTheUnion() {
        assertEquals(List.of("tesla", "xiaomi", "xiaotimes"), shown(including(FilterMode.ANY, "fans", "brand")));
    }

    @Test
    void filterByTwoPrinciplesInAllModeKeepsOnlyXiaotimes() {
        assertEquals(List.of("xiaotimes"), shown(including(FilterMode.ALL, "fans", "brand")));
    }

    @Test
    void filterByPlatformAndIterationInAllModeKeepsOnlyXiaomi() {
        assertEquals(List.of("xiaomi"), shown(including(FilterMode.ALL, "platform", "iteration")));
    }

    @Test
    void excludingAPrincipleHidesTheCasesThatIllustrateIt() {
        CaseFilter filter = CaseFilter.NONE.toggleExcluded("word-of-mouth");
        assertEquals(List.of("xiaotimes"), shown(filter));
    }

    @Test
    void includeAndExcludeCombine() {
        CaseFilter filter = including(FilterMode.ANY, "fans").toggleExcluded("brand");
        assertEquals(List.of("xiaomi"), shown(filter));
    }

    @Test
    void parentPrincipleMatchesCasesLinkedToItsChildren() {
        // Only xiaomi, tesla and haidilao link user-thinking itself; the others link its laws.
        assertEquals(List.of("ganqishi", "haidilao", "tesla", "xiaomi", "xiaotimes"),
                shown(including(FilterMode.ANY, "user-thinking")));
    }

    @Test
    void countsSayHowManyCasesEachPrincipleWouldShow() {
        FilterResult none = index.apply(CaseFilter.NONE);
        assertEquals(2, none.count("fans"));
        assertEquals(4, none.count("word-of-mouth"));
        assertEquals(0, none.count("mobility"));
        assertEquals(5, none.count("user-thinking"));

        FilterResult allFans = index.apply(including(FilterMode.ALL, "fans"));
        assertEquals(1, allFans.count("brand"), "fans AND brand");
        assertEquals(2, allFans.count("fans"), "already included: what is shown");

        FilterResult anyFans = index.apply(including(FilterMode.ANY, "fans"));
        assertEquals(3, anyFans.count("brand"), "fans OR brand");
    }

    @Test
    void countOfAnExcludedPrincipleIsWhatIncludingItWouldShow() {
        FilterResult result = index.apply(CaseFilter.NONE.toggleExcluded("fans"));
        assertEquals(2, result.count("fans"));
    }

    @Test
    void unknownPrincipleIdMatchesNothing() {
        assertEquals(List.of(), shown(including(FilterMode.ANY, "no-such-principle")));
    }

    @ParameterizedTest(name = "searching \"{0}\" finds {1}")
    @CsvSource({
        "haidilao, haidilao",
        "HAIDILAO, haidilao",
        "海底捞, haidilao",
        "海底撈, haidilao",
        "crane, haidilao",
        "纸鹤, haidilao",
        "127745, xiaomi",
        "米聊, xiaomi",
        "Guo Jingming, xiaotimes",
        "郭敬明, xiaotimes",
        "babi mantou, ganqishi",
        "有爱, ganqishi",
        "特斯拉, tesla",
    })
    void searchFindsCasesInEnglishAndChinese(String query, String expected) {
        assertEquals(List.of(expected), shown(CaseFilter.NONE.withText(query)));
    }

    @Test
    void searchWordsMustAllMatchButMayBeApart() {
        assertEquals(List.of("haidilao"), shown(CaseFilter.NONE.withText("shoe crane")));
        assertEquals(List.of(), shown(CaseFilter.NONE.withText("shoe xiaomi")));
    }

    @Test
    void searchAndPrinciplesCombine() {
        CaseFilter filter = including(FilterMode.ANY, "word-of-mouth").withText("2003");
        assertEquals(List.of("tesla"), shown(filter));
    }

    @Test
    void fullWidthLettersMatchHalfWidthText() {
        assertEquals(List.of("tesla"), shown(CaseFilter.NONE.withText("Ｔｅｓｌａ")));
    }

    @Test
    void highlightRangesPointIntoTheOriginalText() {
        List<SearchText.Range> ranges = SearchText.find("Paper cranes and CRANES", "crane");
        assertEquals(List.of(new SearchText.Range(6, 11), new SearchText.Range(17, 22)), ranges);
    }

    @Test
    void aLargeLibraryFiltersAtOnceAndBuildsItsSearchIndexOnlyWhenAskedOrSearched() {
        Library builtIn = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        Library large = org.caseexplorer.bench.SyntheticLibrary.generate(TextIndex.SHARD_FROM + 500,
                builtIn.principles(), 3);
        CaseIndex big = new CaseIndex(large);
        org.junit.jupiter.api.Assertions.assertFalse(big.searchReady(), "not built before it is needed");
        CaseFilter fans = CaseFilter.NONE.toggleIncluded("fans");
        long expectedFans = large.cases().stream()
                .filter(c -> c.links().stream().anyMatch(l -> large.withDescendants("fans").contains(l.principle())))
                .count();
        assertEquals(expectedFans, big.apply(fans).cases().size());
        org.junit.jupiter.api.Assertions.assertFalse(big.searchReady(), "a filter without words does not build it");

        String word = large.cases().get(1234).name().en().split(" ")[2];
        List<Case> expected = large.cases().stream()
                .filter(c -> SearchText.normalize(searchable(c)).contains(SearchText.normalize(word)))
                .toList();
        assertEquals(expected, big.apply(CaseFilter.NONE.withText(word)).cases(), "a search waits for it");
        org.junit.jupiter.api.Assertions.assertTrue(big.searchReady());

        CaseIndex prepared = new CaseIndex(large);
        prepared.prepareSearch();
        assertEquals(expected, prepared.apply(CaseFilter.NONE.withText(word)).cases());
    }

    private static String searchable(Case c) {
        return CaseIndex.searchableText(c);
    }
}
