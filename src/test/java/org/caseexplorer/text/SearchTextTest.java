package org.caseexplorer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void highlightFindsTraditionalTextForASimplifiedQueryAndTheOtherWayRound() {
        assertEquals(List.of(new SearchText.Range(3, 6)), SearchText.find("推出《參與感》", "参与感"));
        assertEquals(List.of(new SearchText.Range(0, 3)), SearchText.find("参与感很重要", "參與感"));
        assertEquals(List.of(new SearchText.Range(4, 10)), SearchText.find("The Ｘｉａｏｍｉ phone", "xiaomi"));
    }

    @Test
    void theFoldingTableIsOpenCcsAndKeepsTextLength() {
        assertTrue(ScriptFolding.tableSize() > 2500, "OpenCC's table: " + ScriptFolding.tableSize());
        String traditional = "雷軍多次表明,小米不靠賣硬件賺錢";
        assertEquals(traditional.length(), ScriptFolding.fold(traditional).length());
        assertEquals("雷军多次表明,小米不靠卖硬件赚钱", ScriptFolding.fold(traditional));
    }

    @Test
    void highlightRangesPointIntoTheOriginalText() {
        List<SearchText.Range> ranges = SearchText.find("Paper cranes and CRANES", "crane");
        assertEquals(List.of(new SearchText.Range(6, 11), new SearchText.Range(17, 22)), ranges);
    }
}
