package org.caseexplorer.filter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers "which cases contain this word?" without scanning every case's text.
 *
 * <p>A search word never contains white space, so in Latin text it can only occur inside one
 * white-space-delimited token: matching the word against the (much smaller) vocabulary of
 * distinct tokens and uniting their posting sets gives the exact answer. Chinese text has no
 * spaces, so it is indexed by single characters and character pairs instead; a longer word is
 * narrowed to the cases holding all its pairs and then checked in those cases only.
 * Immutable after construction.
 */
final class TextIndex {

    private static final char LATIN_LIMIT = 0x100;

    private final int size;
    private final String[] texts;
    private final String[] vocabulary;
    private final Postings[] vocabularyPostings;
    private final Map<Integer, Postings> cjkGrams;

    /** A set of case indexes: a bit set when common, a sorted array when rare. */
    private record Postings(int[] ids, BitSet bits) {
        static Postings of(List<Integer> ids, int size) {
            if (ids.size() > size / 32) {
                BitSet bits = new BitSet(size);
                ids.forEach(bits::set);
                return new Postings(null, bits);
            }
            return new Postings(ids.stream().mapToInt(Integer::intValue).toArray(), null);
        }

        void addTo(BitSet target) {
            if (bits != null) {
                target.or(bits);
            } else {
                for (int id : ids) {
                    target.set(id);
                }
            }
        }

        BitSet toBitSet(int size) {
            BitSet set = new BitSet(size);
            addTo(set);
            return set;
        }
    }

    /** @param texts each case's searchable text, already normalised */
    TextIndex(String[] texts) {
        this.size = texts.length;
        this.texts = texts;
        Map<String, List<Integer>> tokens = new HashMap<>();
        Map<Integer, List<Integer>> grams = new HashMap<>();
        for (int i = 0; i < texts.length; i++) {
            Set<String> caseTokens = new HashSet<>();
            Set<Integer> caseGrams = new HashSet<>();
            scan(texts[i], caseTokens, caseGrams);
            for (String token : caseTokens) {
                tokens.computeIfAbsent(token, k -> new ArrayList<>()).add(i);
            }
            for (Integer gram : caseGrams) {
                grams.computeIfAbsent(gram, k -> new ArrayList<>()).add(i);
            }
        }
        vocabulary = tokens.keySet().toArray(String[]::new);
        vocabularyPostings = new Postings[vocabulary.length];
        for (int v = 0; v < vocabulary.length; v++) {
            vocabularyPostings[v] = Postings.of(tokens.get(vocabulary[v]), size);
        }
        cjkGrams = new HashMap<>();
        grams.forEach((gram, ids) -> cjkGrams.put(gram, Postings.of(ids, size)));
    }

    /** The cases whose text contains {@code term} (normalised, no white space). */
    BitSet casesContaining(String term) {
        if (isLatin(term)) {
            BitSet result = new BitSet(size);
            for (int v = 0; v < vocabulary.length; v++) {
                if (vocabulary[v].contains(term)) {
                    vocabularyPostings[v].addTo(result);
                }
            }
            return result;
        }
        if (term.chars().noneMatch(c -> c < LATIN_LIMIT)) {
            return casesContainingCjk(term);
        }
        BitSet result = new BitSet(size);
        for (int i = 0; i < size; i++) {
            if (texts[i].contains(term)) {
                result.set(i);
            }
        }
        return result;
    }

    private BitSet casesContainingCjk(String term) {
        if (term.length() == 1) {
            Postings single = cjkGrams.get(unigram(term.charAt(0)));
            return single == null ? new BitSet(size) : single.toBitSet(size);
        }
        BitSet candidates = null;
        for (int i = 0; i + 1 < term.length(); i++) {
            Postings pair = cjkGrams.get(bigram(term.charAt(i), term.charAt(i + 1)));
            if (pair == null) {
                return new BitSet(size);
            }
            if (candidates == null) {
                candidates = pair.toBitSet(size);
            } else {
                candidates.and(pair.toBitSet(size));
            }
        }
        if (term.length() > 2) {
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                if (!texts[i].contains(term)) {
                    candidates.clear(i);
                }
            }
        }
        return candidates;
    }

    private static void scan(String text, Set<String> tokens, Set<Integer> grams) {
        int tokenStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean latinWordChar = c < LATIN_LIMIT && !Character.isWhitespace(c);
            if (latinWordChar && tokenStart < 0) {
                tokenStart = i;
            } else if (!latinWordChar && tokenStart >= 0) {
                tokens.add(text.substring(tokenStart, i));
                tokenStart = -1;
            }
            if (i < text.length() && c >= LATIN_LIMIT) {
                grams.add(unigram(c));
                if (i + 1 < text.length() && text.charAt(i + 1) >= LATIN_LIMIT) {
                    grams.add(bigram(c, text.charAt(i + 1)));
                }
            }
        }
    }

    private static boolean isLatin(String term) {
        return term.chars().allMatch(c -> c < LATIN_LIMIT);
    }

    private static int unigram(char c) {
        return c;
    }

    private static int bigram(char a, char b) {
        return (a << 16) | b;
    }
}
