package org.caseexplorer.filter;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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

    /** Libraries from this size on are indexed in two halves, built on two cores at once. */
    static final int SHARD_FROM = 2_000;

    private final int size;
    private final String[] texts;
    private final Shard[] shards;

    /** The index of a contiguous range of cases; its postings hold the cases' global numbers. */
    private static final class Shard {
        private final String[] vocabulary;
        private final Postings[] vocabularyPostings;
        private final Map<Integer, Postings> cjkGrams;

        Shard(String[] texts, int from, int to, int size) {
            Map<String, IntList> tokens = new HashMap<>();
            GramTable grams = new GramTable();
            for (int i = from; i < to; i++) {
                scan(texts[i], i, tokens, grams);
            }
            vocabulary = tokens.keySet().toArray(String[]::new);
            vocabularyPostings = new Postings[vocabulary.length];
            for (int v = 0; v < vocabulary.length; v++) {
                vocabularyPostings[v] = Postings.of(tokens.get(vocabulary[v]), size);
            }
            cjkGrams = new HashMap<>();
            for (int slot = 0; slot < grams.keys.length; slot++) {
                if (grams.keys[slot] != 0) {
                    cjkGrams.put(grams.keys[slot], Postings.of(grams.lists[slot], size));
                }
            }
        }

        /** Adds the cases of this shard whose Latin tokens contain {@code term}. */
        void addLatin(String term, BitSet result) {
            for (int v = 0; v < vocabulary.length; v++) {
                if (vocabulary[v].contains(term)) {
                    vocabularyPostings[v].addTo(result);
                }
            }
        }

        /** Adds the cases of this shard that hold every character pair of {@code term} (or its one character). */
        void addCjkCandidates(String term, BitSet result, int size) {
            if (term.length() == 1) {
                Postings single = cjkGrams.get(unigram(term.charAt(0)));
                if (single != null) {
                    single.addTo(result);
                }
                return;
            }
            BitSet candidates = null;
            for (int i = 0; i + 1 < term.length(); i++) {
                Postings pair = cjkGrams.get(bigram(term.charAt(i), term.charAt(i + 1)));
                if (pair == null) {
                    return;
                }
                if (candidates == null) {
                    candidates = pair.toBitSet(size);
                } else {
                    candidates.and(pair.toBitSet(size));
                }
            }
            result.or(candidates);
        }
    }

    /** A set of case indexes: a bit set when common, a sorted array when rare. */
    private record Postings(int[] ids, BitSet bits) {
        static Postings of(IntList ids, int size) {
            if (ids.size > size / 32) {
                BitSet bits = new BitSet(size);
                for (int i = 0; i < ids.size; i++) {
                    bits.set(ids.values[i]);
                }
                return new Postings(null, bits);
            }
            return new Postings(Arrays.copyOf(ids.values, ids.size), null);
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

    /** A growable list of ints: postings under construction, without boxing every case index. */
    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** Adds {@code value} unless it was the last one added: cases are indexed in order. */
        void addOnce(int value) {
            if (size == 0 || values[size - 1] != value) {
                add(value);
            }
        }
    }

    /** Character grams (all positive ints) to their postings: open addressing, no boxing. */
    private static final class GramTable {
        int[] keys = new int[1 << 12];
        IntList[] lists = new IntList[1 << 12];
        /** The last case added to each slot's list; compact, so repeats are skipped in cache. */
        int[] last = new int[1 << 12];
        int count;

        /** Adds case {@code id} to the gram's postings, unless it is already the last one there. */
        void addOnce(int gram, int id) {
            int mask = keys.length - 1;
            int slot = mix(gram) & mask;
            while (keys[slot] != 0) {
                if (keys[slot] == gram) {
                    if (last[slot] != id) {
                        last[slot] = id;
                        lists[slot].add(id);
                    }
                    return;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = gram;
            last[slot] = id;
            lists[slot] = new IntList();
            lists[slot].add(id);
            if (++count * 2 > keys.length) {
                grow();
            }
        }

        private void grow() {
            int[] oldKeys = keys;
            IntList[] oldLists = lists;
            int[] oldLast = last;
            keys = new int[oldKeys.length * 2];
            lists = new IntList[oldKeys.length * 2];
            last = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = mix(oldKeys[i]) & mask;
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    lists[slot] = oldLists[i];
                    last[slot] = oldLast[i];
                }
            }
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** @param texts each case's searchable text, already normalised */
    TextIndex(String[] texts) {
        this(texts, SHARD_FROM);
    }

    /** As above, split in two from {@code shardFrom} cases on (tests use a small number). */
    TextIndex(String[] texts, int shardFrom) {
        this.size = texts.length;
        this.texts = texts;
        if (texts.length < shardFrom) {
            shards = new Shard[] {new Shard(texts, 0, texts.length, size)};
        } else {
            int half = texts.length / 2;
            CompletableFuture<Shard> second = CompletableFuture.supplyAsync(
                    () -> new Shard(texts, half, texts.length, size));
            Shard first = new Shard(texts, 0, half, size);
            shards = new Shard[] {first, second.join()};
        }
    }

    /** The cases whose text contains {@code term} (normalised, no white space). */
    BitSet casesContaining(String term) {
        BitSet result = new BitSet(size);
        // A phrase ("word of mouth") is no token of the vocabulary: it is looked for in the texts.
        if (isLatin(term) && term.indexOf(' ') < 0) {
            for (Shard shard : shards) {
                shard.addLatin(term, result);
            }
            return result;
        }
        if (term.chars().noneMatch(c -> c < LATIN_LIMIT)) {
            for (Shard shard : shards) {
                shard.addCjkCandidates(term, result, size);
            }
            if (term.length() > 2) {
                // Holding every pair does not mean holding them in a row: check those cases.
                for (int i = result.nextSetBit(0); i >= 0; i = result.nextSetBit(i + 1)) {
                    if (!texts[i].contains(term)) {
                        result.clear(i);
                    }
                }
            }
            return result;
        }
        for (int i = 0; i < size; i++) {
            if (texts[i].contains(term)) {
                result.set(i);
            }
        }
        return result;
    }

    /** Adds case {@code id}'s Latin tokens and CJK characters and pairs to the postings, once each. */
    private static void scan(String text, int id, Map<String, IntList> tokens, GramTable grams) {
        int tokenStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean latinWordChar = c < LATIN_LIMIT && !Character.isWhitespace(c);
            if (latinWordChar && tokenStart < 0) {
                tokenStart = i;
            } else if (!latinWordChar && tokenStart >= 0) {
                tokens.computeIfAbsent(text.substring(tokenStart, i), k -> new IntList()).addOnce(id);
                tokenStart = -1;
            }
            if (i < text.length() && c >= LATIN_LIMIT) {
                grams.addOnce(unigram(c), id);
                if (i + 1 < text.length() && text.charAt(i + 1) >= LATIN_LIMIT) {
                    grams.addOnce(bigram(c, text.charAt(i + 1)), id);
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
