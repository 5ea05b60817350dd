package org.caseexplorer.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.text.SearchText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseIndexTest {

    private static CaseIndex index;
    private static Library library;

    @BeforeAll
    static void load() {
        library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
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
        List<String> every = library.cases().stream().map(Case::id).sorted().toList();
        assertTrue(every.size() >= 2, "a library to filter");
        assertEquals(every, shown(CaseFilter.NONE), "every case, in the order of their ids");
    }

    // The expectations below come from a plain scan of the library's links, not from today's
    // content: the library may change, the filter's rules may not.
    private static boolean shows(Case c, String principle) {
        java.util.Collection<String> matching = library.withDescendants(principle);
        return c.links().stream().anyMatch(l -> matching.contains(l.principle()));
    }

    private static List<String> scan(java.util.function.Predicate<Case> rule) {
        return library.cases().stream().filter(rule).map(Case::id).sorted().toList();
    }

    @Test
    void filterByOnePrincipleShowsTheCasesThatIllustrateIt() {
        List<String> expected = scan(c -> shows(c, "fans"));
        assertTrue(expected.size() >= 2, "the library has cases for fans");
        assertEquals(expected, shown(including(FilterMode.ANY, "fans")));
    }

    @Test
    void filterByTwoPrinciplesInAnyModeShowsTheUnion() {
        assertEquals(scan(c -> shows(c, "fans") || shows(c, "brand")), shown(including(FilterMode.ANY, "fans", "brand")));
    }

    @Test
    void filterByTwoPrinciplesInAllModeKeepsOnlyCasesWithBoth() {
        List<String> both = scan(c -> shows(c, "fans") && shows(c, "brand"));
        assertTrue(!both.isEmpty() && both.size() < scan(c -> shows(c, "fans") || shows(c, "brand")).size(),
                "a pair whose All and Any differ");
        assertEquals(both, shown(including(FilterMode.ALL, "fans", "brand")));
    }

    @Test
    void filterByPlatformAndIterationInAllModeKeepsOnlyXiaomi() {
        assertEquals(List.of("xiaomi"), shown(including(FilterMode.ALL, "platform", "iteration")));
    }

    @Test
    void excludingAPrincipleHidesTheCasesThatIllustrateIt() {
        CaseFilter filter = CaseFilter.NONE.toggleExcluded("word-of-mouth");
        List<String> expected = scan(c -> !shows(c, "word-of-mouth"));
        assertTrue(!expected.isEmpty() && expected.size() < library.cases().size());
        assertEquals(expected, shown(filter));
    }

    @Test
    void includeAndExcludeCombine() {
        CaseFilter filter = including(FilterMode.ANY, "fans").toggleExcluded("brand");
        assertEquals(scan(c -> shows(c, "fans") && !shows(c, "brand")), shown(filter));
    }

    @Test
    void parentPrincipleMatchesCasesLinkedToItsChildren() {
        List<String> direct = scan(c -> c.link("user-thinking").isPresent());
        List<String> withLaws = scan(c -> shows(c, "user-thinking"));
        assertTrue(withLaws.size() > direct.size(), "some cases link only a law of user thinking");
        assertEquals(withLaws, shown(including(FilterMode.ANY, "user-thinking")));
    }

    @Test
    void countsSayHowManyCasesEachPrincipleWouldShow() {
        FilterResult none = index.apply(CaseFilter.NONE);
        for (String p : List.of("fans", "word-of-mouth", "mobility", "user-thinking")) {
            assertEquals(scan(c -> shows(c, p)).size(), none.count(p), p);
        }

        FilterResult allFans = index.apply(including(FilterMode.ALL, "fans"));
        assertEquals(scan(c -> shows(c, "fans") && shows(c, "brand")).size(), allFans.count("brand"), "fans AND brand");
        assertEquals(scan(c -> shows(c, "fans")).size(), allFans.count("fans"), "already included: what is shown");

        FilterResult anyFans = index.apply(including(FilterMode.ANY, "fans"));
        assertEquals(scan(c -> shows(c, "fans") || shows(c, "brand")).size(), anyFans.count("brand"), "fans OR brand");
    }

    @Test
    void countOfAnExcludedPrincipleIsWhatIncludingItWouldShow() {
        FilterResult result = index.apply(CaseFilter.NONE.toggleExcluded("fans"));
        assertEquals(scan(c -> shows(c, "fans")).size(), result.count("fans"));
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
        "2003, tesla",
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
        assertEquals(shown(CaseFilter.NONE.withText("Tesla")), shown(CaseFilter.NONE.withText("Ｔｅｓｌａ")));
        assertTrue(shown(CaseFilter.NONE.withText("Tesla")).contains("tesla"));
    }

    @ParameterizedTest(name = "\"{0}\" finds what \"{1}\" finds")
    @CsvSource({
        "罗辑思维, 羅輯思維",
        "参与感, 參與感",
        "海底捞, 海底撈",
        "口碑传播, 口碑傳播",
        "ｘｉａｏｍｉ, xiaomi",
        "１２７７４５, 127745",
    })
    void searchFoldsSimplifiedAndTraditionalAndFullAndHalfWidth(String one, String other) {
        List<String> found = shown(CaseFilter.NONE.withText(other));
        assertTrue(!found.isEmpty(), other + " finds something");
        assertEquals(found, shown(CaseFilter.NONE.withText(one)));
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
