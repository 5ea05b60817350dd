package org.caseexplorer.bench;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.map.CoOccurrence;
import org.caseexplorer.map.MapKind;
import org.caseexplorer.map.PrincipleMap;

/**
 * Benchmark, not a test: the principle co-occurrence counts and map for a generated library of
 * N cases (default 10,000), and the case map at 50 and at {@link MapKind#MAX_CASES_DRAWN} cases.
 * Prints the median and p99 of each. Run: see README, "Benchmarks".
 */
public final class MapBench {

    private static long sink;

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Library builtIn = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        Library large = SyntheticLibrary.generate(count, builtIn.principles(), 42);
        Library fifty = SyntheticLibrary.generate(50, builtIn.principles(), 42);
        Library most = SyntheticLibrary.generate(MapKind.MAX_CASES_DRAWN, builtIn.principles(), 42);
        System.out.printf("%-40s %10s %10s%n", "scenario", "median ms", "p99 ms");
        time(String.format("co-occurrence counts, %,d cases", count), runs,
                () -> CoOccurrence.of(large).maxCases());
        time(String.format("co-occurrence map, %,d cases", count), runs,
                () -> PrincipleMap.of(large, MapKind.PRINCIPLES).edges().size());
        time("case map, 5 built-in cases", runs, () -> PrincipleMap.of(builtIn, MapKind.CASES).nodes().size());
        time("case map, 50 cases", Math.max(20, runs / 4), () -> PrincipleMap.of(fifty, MapKind.CASES).nodes().size());
        time(String.format("case map, %d cases", MapKind.MAX_CASES_DRAWN), Math.max(10, runs / 20),
                () -> PrincipleMap.of(most, MapKind.CASES).nodes().size());
        System.out.println("(" + sink + ")");
    }

    private static void time(String name, int runs, Supplier<Integer> work) {
        for (int i = 0; i < Math.max(5, runs / 5); i++) {
            sink += work.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += work.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("%-40s %10.2f %10.2f%n", name, times[runs / 2], times[(int) Math.ceil(runs * 0.99) - 1]);
    }
}
