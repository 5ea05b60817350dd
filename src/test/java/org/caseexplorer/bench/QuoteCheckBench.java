package org.caseexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Source;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.provenance.QuoteCheck;
import org.caseexplorer.provenance.QuoteVerdict;
import org.caseexplorer.provenance.SourceText;

/**
 * Benchmark: checking every quote of the built-in library against its source article (the seed
 * texts, given as a folder: {@code ../shared/seeds/clean}), and the same quotes repeated to
 * 10,000 checks; then as many quotes with one character changed, which are not found and get a
 * closest-passage search. Prints how many verify and the median of the runs.
 * Run: {@code java -cp ... org.caseexplorer.bench.QuoteCheckBench SEEDS_FOLDER [RUNS]}.
 */
public final class QuoteCheckBench {

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "../shared/seeds/clean");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        Library library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        Map<String, SourceText> texts = new HashMap<>();
        long foldStart = System.nanoTime();
        for (Source s : library.sources()) {
            texts.put(s.id(), new SourceText(Files.readString(seeds.resolve(s.file()))));
        }
        System.out.printf("read and folded %d source texts in %.1f ms%n", texts.size(), (System.nanoTime() - foldStart) / 1e6);
        // Every quote of the library: the links' evidence, the facts' quotes, the principles' definitions.
        List<Evidence> quotes = new ArrayList<>(library.cases().stream().flatMap(c -> c.links().stream())
                .flatMap(l -> l.evidence().stream()).toList());
        library.cases().forEach(c -> c.facts().stream().filter(f -> f.quote() != null)
                .forEach(f -> quotes.add(new Evidence(f.source(), f.quote()))));
        library.principles().stream().filter(p -> p.source() != null && p.source().quote() != null)
                .forEach(p -> quotes.add(new Evidence(p.source().id(), p.source().quote())));
        Map<QuoteVerdict.State, Integer> states = new HashMap<>();
        quotes.forEach(e -> states.merge(QuoteCheck.check(texts.get(e.source()), e.quote()).state(), 1, Integer::sum));
        System.out.println(quotes.size() + " built-in quotes: " + states);

        List<Evidence> many = new ArrayList<>();
        while (many.size() < 10_000) {
            many.addAll(quotes);
        }
        many = many.subList(0, 10_000);
        List<Evidence> changed = quotes.stream().map(e -> new Evidence(e.source(),
                e.quote().substring(0, e.quote().length() / 2) + "丁" + e.quote().substring(e.quote().length() / 2 + 1)))
                .toList();
        report(quotes.size() + " built-in quotes", quotes, texts, runs);
        report("10,000 quotes (found)", many, texts, runs);
        report(quotes.size() + " quotes, one character changed (closest passage)", changed, texts, runs);
    }

    private static void report(String name, List<Evidence> quotes, Map<String, SourceText> texts, int runs) {
        double[] ms = new double[runs];
        int sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (Evidence e : quotes) {
                sink += QuoteCheck.check(texts.get(e.source()), e.quote()).state().ordinal();
            }
        }
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            for (Evidence e : quotes) {
                sink += QuoteCheck.check(texts.get(e.source()), e.quote()).state().ordinal();
            }
            ms[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-55s median %8.2f ms  (min %.2f, max %.2f; %d runs)  [%d]%n", name, ms[runs / 2], ms[0],
                ms[runs - 1], runs, sink % 7);
    }
}
