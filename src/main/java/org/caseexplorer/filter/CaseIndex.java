package org.caseexplorer.filter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.text.SearchQuery;
import org.caseexplorer.text.SearchText;

/**
 * A library prepared for filtering: a {@link TextIndex} of each case's searchable text, and for
 * each principle the set of cases that illustrate it or one of its sub-principles. A large
 * library's text index is built in the background once the cards are shown; filters without a
 * search never wait for it. Applying a
 * filter is then a few look-ups and bit-set operations, fast enough to run on every keystroke
 * for libraries of many thousands of cases. Immutable and thread-safe.
 */
public final class CaseIndex {

    private final List<Case> cases;
    private final List<String> principleIds;
    /**
     * Started by {@link #prepareSearch} or the first search, and built on another thread; only a
     * search waits for it. Not built with the index, even for a few cases: the window's first
     * frame needs the principles' counts, not the search.
     */
    private CompletableFuture<TextIndex> text;
    private final Map<String, BitSet> casesByPrinciple = new HashMap<>();

    public CaseIndex(Library library) {
        this.cases = library.cases();
        this.principleIds = library.principles().stream().map(Principle::id).toList();
        // One pass over the links gives each principle's own cases; a principle's set is then
        // its own cases and those of its sub-principles.
        Map<String, BitSet> direct = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            for (PrincipleLink link : cases.get(i).links()) {
                direct.computeIfAbsent(link.principle(), k -> new BitSet(cases.size())).set(i);
            }
        }
        for (String principle : principleIds) {
            BitSet set = new BitSet(cases.size());
            for (String member : library.withDescendants(principle)) {
                BitSet own = direct.get(member);
                if (own != null) {
                    set.or(own);
                }
            }
            casesByPrinciple.put(principle, set);
        }
    }

    private static TextIndex buildTextIndex(List<Case> cases) {
        String[] texts = new String[cases.size()];
        IntStream indexes = IntStream.range(0, texts.length);
        (texts.length >= TextIndex.SHARD_FROM ? indexes.parallel() : indexes)
                .forEach(i -> texts[i] = SearchText.normalize(searchableText(cases.get(i))));
        return new TextIndex(texts);
    }

    public int size() {
        return cases.size();
    }

    /** Starts building the text index in the background, unless it is built or being built. */
    public void prepareSearch() {
        textIndex();
    }

    /** Whether a search can be answered without waiting for the text index to be built. */
    public synchronized boolean searchReady() {
        return text != null && text.isDone();
    }

    private synchronized CompletableFuture<TextIndex> textIndex() {
        if (text == null) {
            text = CompletableFuture.supplyAsync(() -> buildTextIndex(cases));
        }
        return text;
    }

    public FilterResult apply(CaseFilter filter) {
        BitSet base = matchingText(filter.text());
        for (String excluded : filter.excluded()) {
            base.andNot(principleSet(excluded));
        }
        BitSet shown = combine(base, filter.included(), filter.mode());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String principle : principleIds) {
            counts.put(principle, countIfAdded(filter, base, principle));
        }
        List<Case> result = new ArrayList<>(shown.cardinality());
        shown.stream().forEach(i -> result.add(cases.get(i)));
        return new FilterResult(List.copyOf(result), counts);
    }

    private int countIfAdded(CaseFilter filter, BitSet base, String principle) {
        if (filter.included().contains(principle)) {
            return combine(base, filter.included(), filter.mode()).cardinality();
        }
        BitSet withoutThisExclusion = base;
        if (filter.excluded().contains(principle)) {
            withoutThisExclusion = matchingText(filter.text());
            for (String excluded : filter.excluded()) {
                if (!excluded.equals(principle)) {
                    withoutThisExclusion.andNot(principleSet(excluded));
                }
            }
        }
        Set<String> included = new HashSet<>(filter.included());
        included.add(principle);
        return combine(withoutThisExclusion, included, filter.mode()).cardinality();
    }

    private BitSet combine(BitSet base, Set<String> included, FilterMode mode) {
        BitSet shown = (BitSet) base.clone();
        if (included.isEmpty()) {
            return shown;
        }
        if (mode == FilterMode.ALL) {
            included.forEach(p -> shown.and(principleSet(p)));
            return shown;
        }
        BitSet any = new BitSet(cases.size());
        included.forEach(p -> any.or(principleSet(p)));
        shown.and(any);
        return shown;
    }

    private BitSet principleSet(String principle) {
        return casesByPrinciple.getOrDefault(principle, new BitSet());
    }

    /** Cases containing every word and "quoted phrase" of the query, anywhere in their searchable text. */
    private BitSet matchingText(String query) {
        BitSet matches = new BitSet(cases.size());
        matches.set(0, cases.size());
        for (String term : SearchQuery.parse(query).terms()) {
            matches.and(textIndex().join().casesContaining(term));
        }
        return matches;
    }

    /** Names, industry, tagline, summary, facts, explanations and quotes, in both languages. */
    static String searchableText(Case c) {
        StringBuilder text = new StringBuilder(512);
        appendBoth(text, c.name());
        appendBoth(text, c.industry());
        appendBoth(text, c.tagline());
        appendBoth(text, c.summary());
        for (Fact fact : c.facts()) {
            appendBoth(text, fact.label());
            appendBoth(text, fact.value());
            if (fact.quote() != null) {
                text.append(fact.quote()).append('\n');
            }
        }
        for (PrincipleLink link : c.links()) {
            appendBoth(text, link.explanation());
            for (Evidence evidence : link.evidence()) {
                text.append(evidence.quote()).append('\n');
            }
        }
        return text.toString();
    }

    private static void appendBoth(StringBuilder text, Bilingual bilingual) {
        // A one-language text adds its one language (null would be searchable as "null").
        text.append(bilingual.has(Lang.EN) ? bilingual.en() : "").append('\n')
                .append(bilingual.has(Lang.ZH) ? bilingual.zh() : "").append('\n');
    }
}
