package org.caseexplorer.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the user typed in the search box, read as terms: each word, and each "quoted phrase" as
 * one term. A case matches when its text holds every term (the filter); a paragraph marks the
 * typed words as a phrase where they occur in a row, and otherwise each word alone, a Latin word
 * only as a whole word (so "of" is not marked inside "official"), falling back to the start of a
 * word while it is still being typed ("itera" marks "iteration").
 */
public final class SearchQuery {

    private final List<String> terms;
    private final List<String> phrases;

    private SearchQuery(List<String> terms, List<String> phrases) {
        this.terms = terms;
        this.phrases = phrases;
    }

    /** Reads {@code raw}: words split at spaces, a double-quoted stretch (“…” too) kept as one phrase. */
    public static SearchQuery parse(String raw) {
        List<String> terms = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        String text = raw == null ? "" : raw;
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean quote = c == '"' || c == '\u201C' || c == '\u201D';
            if (quote || i == text.length() || (!quoted && Character.isWhitespace(c))) {
                String term = SearchText.normalize(word.toString()).replaceAll("\\s+", " ");
                if (!term.isEmpty()) {
                    terms.add(term);
                    if (quoted || term.contains(" ")) {
                        phrases.add(term);
                    } else {
                        loose.add(term);
                    }
                }
                word.setLength(0);
                if (quote) {
                    quoted = !quoted;
                }
            } else {
                word.append(c);
            }
        }
        if (loose.size() > 1) {
            // The words typed without quotes, read as a phrase too: marked where they occur in a row.
            phrases.add(String.join(" ", loose));
        }
        return new SearchQuery(List.copyOf(terms), List.copyOf(phrases));
    }

    /** The terms a case's text must all hold: words and quoted phrases, normalised. */
    public List<String> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /**
     * Where to mark the query in {@code text}, in text order and not overlapping: the phrases
     * where they occur; where none does, each word.
     */
    public List<SearchText.Range> marks(String text) {
        List<SearchText.Range> ranges = new ArrayList<>();
        if (text == null || terms.isEmpty()) {
            return ranges;
        }
        for (String phrase : phrases) {
            ranges.addAll(phraseRanges(text, phrase));
        }
        if (ranges.isEmpty()) {
            for (String term : terms) {
                ranges.addAll(wordRanges(text, term));
            }
        }
        ranges.sort(Comparator.comparingInt(SearchText.Range::start).thenComparing(r -> -r.end()));
        List<SearchText.Range> apart = new ArrayList<>();
        int end = 0;
        for (SearchText.Range r : ranges) {
            if (r.start() >= end) {
                apart.add(r);
                end = r.end();
            }
        }
        return apart;
    }

    /**
     * The phrase where its words occur in a row, with white space between them (Chinese may have
     * none); each Latin word whole, but the last, which may still be being typed.
     */
    private static List<SearchText.Range> phraseRanges(String text, String phrase) {
        String[] words = phrase.split(" ");
        String folded = ScriptFolding.fold(text);
        List<SearchText.Range> found = new ArrayList<>();
        for (SearchText.Range first : wholeOrPart(text, words[0], words.length > 1)) {
            int at = first.end();
            for (int w = 1; w < words.length && at >= 0; w++) {
                int gap = at;
                while (gap < text.length() && Character.isWhitespace(text.charAt(gap))) {
                    gap++;
                }
                String word = ScriptFolding.fold(words[w]);
                boolean latin = isLatin(word);
                boolean last = w == words.length - 1;
                if ((latin && gap == at) || !folded.startsWith(word, gap)
                        || (latin && !last && !wordEnds(text, gap + word.length()))) {
                    at = -1;
                } else {
                    at = gap + word.length();
                }
            }
            if (at >= 0) {
                found.add(new SearchText.Range(first.start(), at));
            }
        }
        return found;
    }

    /** A word: in Latin text whole, or at the start of a word where it is nowhere whole; elsewhere anywhere. */
    private static List<SearchText.Range> wordRanges(String text, String term) {
        if (!isLatin(term)) {
            return SearchText.find(text, term);
        }
        List<SearchText.Range> whole = wholeOrPart(text, term, true);
        return whole.isEmpty() ? wholeOrPart(text, term, false) : whole;
    }

    /** A Latin term where it starts a word (and, when {@code whole}, ends one); others anywhere. */
    private static List<SearchText.Range> wholeOrPart(String text, String term, boolean whole) {
        List<SearchText.Range> all = SearchText.find(text, term);
        if (!isLatin(term)) {
            return all;
        }
        List<SearchText.Range> kept = new ArrayList<>();
        for (SearchText.Range r : all) {
            if (wordStarts(text, r.start()) && (!whole || wordEnds(text, r.end()))) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static boolean wordStarts(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static boolean wordEnds(String text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }

    /** Written in Latin letters (or digits): words there have boundaries. */
    private static boolean isLatin(String term) {
        return term.codePoints().allMatch(c -> c < 0x0250 || Character.isWhitespace(c));
    }
}
