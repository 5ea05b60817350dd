package org.caseexplorer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.CaseIndex;
import org.caseexplorer.filter.FilterMode;
import org.caseexplorer.filter.FilterResult;

/**
 * Benchmark: time to recompute the visible list (and every principle's count) for a generated
 * library of N cases (default 10,000), for typical filters and searches. Prints median and p99
 * per scenario. Run: see README, "Benchmarks".
 */
public final class FilterBench {

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Library builtIn = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        Library library = SyntheticLibrary.generate(count, builtIn.principles(), 42);
        long start = System.nanoTime();
        CaseIndex index = new CaseIndex(library);
        System.out.printf("index of %,d cases built in %.0f ms%n", count, (System.nanoTime() - start) / 1e6);

        Map<String, CaseFilter> scenarios = new LinkedHashMap<>();
        scenarios.put("no filter", CaseFilter.NONE);
        scenarios.put("one principle", CaseFilter.NONE.toggleIncluded("fans"));
        scenarios.put("ALL of two, NOT one", new CaseFilter(Set.of("fans", "brand"), Set.of("platform"), FilterMode.ALL, ""));
        scenarios.put("search 'c' (1 letter)", CaseFilter.NONE.withText("c"));
        scenarios.put("search 'crane' (no hit)", CaseFilter.NONE.withText("crane"));
        scenarios.put("search 'loyalty'", CaseFilter.NONE.withText("loyalty"));
        scenarios.put("search 'case 9999'", CaseFilter.NONE.withText("case 9999"));
        scenarios.put("search '粉丝口碑'", CaseFilter.NONE.withText("粉丝口碑"));
        scenarios.put("search '体验' + principle", CaseFilter.NONE.toggleIncluded("ultimate").withText("体验"));
        scenarios.put("search '體驗' (traditional)", CaseFilter.NONE.withText("體驗"));

        long sink = 0;
        List<Double> all = new ArrayList<>();
        System.out.printf("%-28s %10s %10s %8s%n", "scenario", "median ms", "p99 ms", "shown");
        for (Map.Entry<String, CaseFilter> scenario : scenarios.entrySet()) {
            for (int i = 0; i < 50; i++) {
                sink += index.apply(scenario.getValue()).cases().size();
            }
            double[] times = new double[runs];
            int shown = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                FilterResult result = index.apply(scenario.getValue());
                times[i] = (System.nanoTime() - t0) / 1e6;
                shown = result.cases().size();
                sink += shown;
            }
            Arrays.sort(times);
            Arrays.stream(times).forEach(all::add);
            System.out.printf("%-28s %10.3f %10.3f %8d%n", scenario.getKey(), percentile(times, 50),
                    percentile(times, 99), shown);
        }
        double[] overall = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-28s %10.3f %10.3f%n", "all scenarios", percentile(overall, 50), percentile(overall, 99));
        if (sink == 42) {
            System.out.println();
        }
    }

    static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
