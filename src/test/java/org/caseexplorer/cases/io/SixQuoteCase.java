package org.caseexplorer.cases.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseexplorer.testing.CaseFileBuilder;

/**
 * The valid user case the loader's tests start from, built to the shape they rely on (it was once
 * a copy of the built-in Tesla): two key facts, the first dated 2003; four links, "brand" first
 * and strongest (3), then "user-thinking"; six quotes, one per fact and per link, all citing the
 * built-in source "tesla-rise", which has no text. Loaded from a user's folder it gets exactly
 * the note {@link UncheckedNotes#TESLA_COPY}.
 */
public final class SixQuoteCase {

    private SixQuoteCase() {
    }

    public static CaseFileBuilder of(String id) {
        return CaseFileBuilder.aCase(id)
                .name("Tesla", "特斯拉")
                .fact("Founded", "成立", "2003", "2003年", 2003, quote("這個公司成立于2003年"))
                .fact("Market value", "市值", "over US$30 billion", "超过300亿美元", null, quote("市值已經超越300億美元"))
                .link("brand", 3, quote("作用更強了"))
                .link("user-thinking", 2, quote("圍繞著用戶"))
                .link("experience-first", 2, quote("體驗來做"))
                .link("word-of-mouth", 2, quote("形成了這樣的口碑"));
    }

    /** The case's text, as a file holds it. */
    public static String text(String id) {
        return of(id).json();
    }

    private static ObjectNode quote(String words) {
        return CaseFileBuilder.quote(CaseFileBuilder.BUILT_IN_SOURCE, words, null);
    }
}
