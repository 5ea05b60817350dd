package org.caseexplorer.provenance;

/**
 * Checks a quote against the text of the source it cites: verbatim, else folded (see
 * {@link SourceText}), else the closest passage by edit distance. Plain Java, no state.
 */
public final class QuoteCheck {

    /** Quotes longer than this (in folded characters) get no closest passage: the search costs quote × text. */
    static final int MAX_APPROXIMATE_QUOTE = 400;
    /** Nor do texts where the search would take more cells than this (about 50 ms). */
    static final long MAX_APPROXIMATE_CELLS = 100_000_000L;

    private QuoteCheck() {
    }

    public static QuoteVerdict check(SourceText source, String quote) {
        if (source == null) {
            return QuoteVerdict.UNCHECKED;
        }
        if (!quote.isEmpty() && indexOf(source.text(), quote) >= 0) {
            return new QuoteVerdict(QuoteVerdict.State.VERIFIED, quote);
        }
        String q = SourceText.fold(quote).text();
        if (q.isEmpty()) {
            return new QuoteVerdict(QuoteVerdict.State.NOT_FOUND, null);
        }
        int at = indexOf(source.folded(), q);
        if (at >= 0) {
            return new QuoteVerdict(QuoteVerdict.State.FOLDED, source.original(at, at + q.length()));
        }
        return new QuoteVerdict(QuoteVerdict.State.NOT_FOUND, closest(source, q));
    }

    /**
     * Where {@code pattern} first occurs in {@code text}, or -1, in time linear in both (Knuth,
     * Morris and Pratt). {@code String.indexOf} compares naively: a quote of 10,000 characters
     * that almost matches everywhere in a 10 MB text took minutes, on every keystroke in the editor.
     */
    static int indexOf(String text, String pattern) {
        int m = pattern.length();
        if (m == 0) {
            return 0;
        }
        int[] fallback = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
                k = fallback[k - 1];
            }
            if (pattern.charAt(i) == pattern.charAt(k)) {
                k++;
            }
            fallback[i] = k;
        }
        for (int j = 0, k = 0; j < text.length(); j++) {
            while (k > 0 && text.charAt(j) != pattern.charAt(k)) {
                k = fallback[k - 1];
            }
            if (text.charAt(j) == pattern.charAt(k)) {
                k++;
            }
            if (k == m) {
                return j - m + 1;
            }
        }
        return -1;
    }

    /**
     * The passage of the source that differs least from the folded quote (Sellers' approximate
     * substring search: edit distance where the passage may start and end anywhere in the text),
     * if it differs in at most a third of the quote's characters; else null.
     */
    static String closest(SourceText source, String q) {
        String t = source.folded();
        int m = q.length();
        if (m > MAX_APPROXIMATE_QUOTE || (long) m * t.length() > MAX_APPROXIMATE_CELLS || t.isEmpty()) {
            return null;
        }
        // column[i]: edit distance of q[0, i) to the best passage ending at the current text position;
        // start[i]: where that passage starts.
        int[] column = new int[m + 1];
        int[] start = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int best = Integer.MAX_VALUE;
        int bestStart = 0;
        int bestEnd = 0;
        for (int j = 1; j <= t.length(); j++) {
            char c = t.charAt(j - 1);
            int diagonal = column[0];
            int diagonalStart = start[0];
            column[0] = 0;
            start[0] = j;
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                int upStart = start[i];
                int substitute = diagonal + (q.charAt(i - 1) == c ? 0 : 1);
                int insert = up + 1;           // a text character the quote lacks
                int delete = column[i - 1] + 1; // a quote character the text lacks
                if (substitute <= insert && substitute <= delete) {
                    column[i] = substitute;
                    start[i] = diagonalStart;
                } else if (delete <= insert) {
                    column[i] = delete;
                    start[i] = start[i - 1];
                } else {
                    column[i] = insert;
                    start[i] = upStart;
                }
                diagonal = up;
                diagonalStart = upStart;
            }
            // An equally close passage that only runs on from the best one is taken: it says more.
            if (column[m] < best || (column[m] == best && start[m] == bestStart)) {
                best = column[m];
                bestStart = start[m];
                bestEnd = j;
            }
        }
        if (best * 3 > m || bestEnd <= bestStart) {
            return null;
        }
        return source.original(bestStart, bestEnd);
    }
}
