package org.caseexplorer.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caseexplorer.provenance.QuoteVerdict.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteCheckTest {

    private static final SourceText ARTICLE = new SourceText("""
            第一節 用戶思維
            小米的參與感，來自用戶。雷軍說：「專注、極致、口碑、快。」
            The quick brown fox
            jumps over the lazy dog.
            ＭＩＵＩ論壇每週更新。
            """);

    @Test
    void aQuoteAsTheSourceHasItIsVerified() {
        QuoteVerdict verdict = QuoteCheck.check(ARTICLE, "小米的參與感，來自用戶。");
        assertEquals(State.VERIFIED, verdict.state());
        assertEquals("小米的參與感，來自用戶。", verdict.sourceWording());
    }

    @ParameterizedTest(name = "{0} is found as {1}")
    @CsvSource(delimiter = '|', value = {
        // simplified for traditional, and a half-width comma for the full-width one
        "小米的参与感,来自用户。|小米的參與感，來自用戶。",
        // full-width letters in the source, half-width in the quote
        "MIUI论坛每周更新|ＭＩＵＩ論壇每週更新",
        // no spaces at all in the quote
        "quickbrownfox|quick brown fox",
    })
    void aQuoteInAnotherFormIsFoundAndTheSourcesExactWordingOffered(String quote, String wording) {
        QuoteVerdict verdict = QuoteCheck.check(ARTICLE, quote);
        assertEquals(State.FOLDED, verdict.state());
        assertEquals(wording, verdict.sourceWording());
        assertTrue(ARTICLE.text().contains(verdict.sourceWording()), "the wording is a stretch of the source");
    }

    @Test
    void aLineBreakInTheSourceMatchesASpaceInTheQuoteWhateverTheCase() {
        QuoteVerdict verdict = QuoteCheck.check(ARTICLE, "BROWN FOX JUMPS");
        assertEquals(State.FOLDED, verdict.state());
        assertEquals("brown fox\njumps", verdict.sourceWording());
    }

    @Test
    void aQuoteWithTwoWordsChangedIsNotFoundAndTheClosestPassageIsOffered() {
        QuoteVerdict verdict = QuoteCheck.check(ARTICLE, "小米的參與感，來自粉絲。");
        assertEquals(State.NOT_FOUND, verdict.state());
        assertEquals("小米的參與感，來自用戶。", verdict.sourceWording());
    }

    @Test
    void theClosestPassageIsGivenInTheSourcesFormEvenForAQuoteInTheOtherScript() {
        QuoteVerdict verdict = QuoteCheck.check(ARTICLE, "雷军说：“专注、极致、口碑和快。”");
        assertEquals(State.NOT_FOUND, verdict.state());
        assertTrue(verdict.sourceWording().startsWith("雷軍說：「專注、極致、口碑"), verdict.sourceWording());
    }

    @Test
    void aQuoteWithNothingCloseInTheSourceHasNoClosestPassage() {
        QuoteVerdict verdict = QuoteCheck.check(ARTICLE, "特斯拉成立於二〇〇三年");
        assertEquals(State.NOT_FOUND, verdict.state());
        assertNull(verdict.sourceWording());
    }

    @Test
    void aQuoteOfOnlyWhiteSpaceIsNotFound() {
        assertEquals(State.NOT_FOUND, QuoteCheck.check(ARTICLE, " \n ").state());
    }

    @Test
    void withoutATextTheQuoteIsUnchecked() {
        assertEquals(QuoteVerdict.UNCHECKED, QuoteCheck.check(null, "小米"));
    }

    @Test
    void foldingLeavesWhiteSpaceOutAndRemembersWhereEachCharacterStood() {
        SourceText text = new SourceText("Ａ b\n參");
        assertEquals("ab参", text.folded());
        assertEquals(0, text.originalIndex(0));
        assertEquals(2, text.originalIndex(1));
        assertEquals(4, text.originalIndex(2));
        assertEquals("b\n參", text.original(1, 3));
    }

    /** The linear search finds what indexOf finds, at the same place, over random texts. */
    @org.junit.jupiter.api.Test
    void theLinearSearchAgreesWithIndexOf() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2_000; round++) {
            String text = randomText(random, random.nextInt(60));
            String pattern = random.nextBoolean() && text.length() > 2
                    ? text.substring(random.nextInt(text.length() / 2), text.length() - random.nextInt(text.length() / 2))
                    : randomText(random, 1 + random.nextInt(5));
            org.junit.jupiter.api.Assertions.assertEquals(text.indexOf(pattern), QuoteCheck.indexOf(text, pattern),
                    "'" + pattern + "' in '" + text + "'");
        }
    }

    private static String randomText(java.util.Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append("aab参".charAt(random.nextInt(4)));
        }
        return b.toString();
    }

    /**
     * A quote of 10,000 characters that almost matches everywhere in a 10 MB text: the naive search
     * took minutes. The bound only catches that; the check takes well under a second.
     */
    @org.junit.jupiter.api.Test
    void aLongNearMissAgainstAHugeTextIsCheckedAtOnce() {
        SourceText huge = new SourceText("a".repeat(10_000_000));
        String quote = "a".repeat(9_999) + "b";
        QuoteVerdict verdict = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> QuoteCheck.check(huge, quote));
        org.junit.jupiter.api.Assertions.assertEquals(QuoteVerdict.State.NOT_FOUND, verdict.state());
    }
}
