package org.caseexplorer.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How search text is compared: case-insensitive, width-insensitive (NFKC), and simplified and
 * traditional Chinese alike ({@link ScriptFolding}).
 */
public final class SearchText {

    /** A matched stretch of text, [start, end). */
    public record Range(int start, int end) {
    }

    private SearchText() {
    }

    public static String normalize(String text) {
        // NFKC leaves ASCII unchanged; skipping it also keeps its Unicode tables off start-up.
        // Most text is already in NFKC form, which the quick check confirms without copying it.
        String folded = isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return ScriptFolding.fold(folded.toLowerCase(Locale.ROOT)).strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the query occurs in the text, for highlighting. Compares folded characters one by
     * one without changing lengths, so ranges index into the original text: 參與感 is found in
     * a text that says 参与感, and the other way round.
     */
    public static List<Range> find(String text, String query) {
        List<Range> ranges = new ArrayList<>();
        String q = ScriptFolding.fold(Normalizer.normalize(query, Normalizer.Form.NFKC).strip());
        if (q.isEmpty() || text == null) {
            return ranges;
        }
        String folded = ScriptFolding.fold(text);
        int from = 0;
        while (from <= folded.length() - q.length()) {
            if (folded.startsWith(q, from)) {
                ranges.add(new Range(from, from + q.length()));
                from += q.length();
            } else {
                from++;
            }
        }
        return ranges;
    }
}
