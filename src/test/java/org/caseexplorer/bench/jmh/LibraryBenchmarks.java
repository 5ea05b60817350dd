package org.caseexplorer.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.caseexplorer.bench.SyntheticLibrary;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryFolder;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.CaseIndex;
import org.caseexplorer.filter.FilterMode;
import org.caseexplorer.filter.FilterResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks for a library of 5 or 10,000 synthetic cases (written as case files, so the
 * load is the app's own: read, schema-checked, bound, cross-checked):
 * <ul>
 *   <li>{@code load}: the folder into a {@code Library};</li>
 *   <li>{@code index}: the filter index and the search index over it;</li>
 *   <li>{@code filter}: recomputing the shown cases and every principle's count for a filter;</li>
 *   <li>{@code search}: the same for a search, alone or with a principle.</li>
 * </ul>
 * Sample-time mode, so JMH reports the median and p99 of single operations. The JVM runs with
 * the app's options (C1 only, serial GC). Command: see README, "Benchmarks".
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g"})
public class LibraryBenchmarks {

    /** The filters the filter and search benchmarks apply. */
    static final Map<String, CaseFilter> FILTERS = Map.of(
            "none", CaseFilter.NONE,
            "principle", CaseFilter.NONE.toggleIncluded("fans"),
            "all2-not1", new CaseFilter(Set.of("fans", "brand"), Set.of("platform"), FilterMode.ALL, ""),
            "word", CaseFilter.NONE.withText("loyalty"),
            "letter", CaseFilter.NONE.withText("c"),
            "name", CaseFilter.NONE.withText("case 4242"),
            "chinese", CaseFilter.NONE.withText("粉丝口碑"),
            "chinese+principle", CaseFilter.NONE.toggleIncluded("ultimate").withText("体验"));

    /** A folder of generated case files, written once per benchmark run. */
    @State(Scope.Benchmark)
    public static class Folder {
        @Param({"5", "10000"})
        public int cases;

        Path dir;
        LibraryLoader loader;
        LibraryFolder builtIn;
        Library library;

        @Setup(Level.Trial)
        public void write() throws IOException {
            loader = new LibraryLoader();
            builtIn = BuiltInLibrary.folder();
            Library plain = loader.load(builtIn, Optional.empty());
            dir = Files.createTempDirectory("case-explorer-bench");
            SyntheticLibrary.write(dir, cases, plain.principles(), 42);
            library = loader.load(builtIn, Optional.of(LibraryFolder.of(dir)));
            if (!library.problems().isEmpty() || library.cases().size() != cases + plain.cases().size()) {
                throw new IllegalStateException("the generated library does not load cleanly: " + library.problems());
            }
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A loaded library with its indexes built. */
    @State(Scope.Benchmark)
    public static class Indexed {
        @Param({"5", "10000"})
        public int cases;

        CaseIndex index;

        @Setup(Level.Trial)
        public void build() {
            Library plain = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
            index = new CaseIndex(SyntheticLibrary.generate(cases, plain.principles(), 42));
            index.apply(CaseFilter.NONE.withText("x"));
        }
    }

    @State(Scope.Benchmark)
    public static class FilterChoice {
        @Param({"none", "principle", "all2-not1"})
        public String filter;
    }

    @State(Scope.Benchmark)
    public static class SearchChoice {
        @Param({"word", "letter", "name", "chinese", "chinese+principle"})
        public String search;
    }

    @Benchmark
    public Library load(Folder folder) {
        return folder.loader.load(folder.builtIn, Optional.of(LibraryFolder.of(folder.dir)));
    }

    @Benchmark
    public FilterResult index(Folder folder) {
        CaseIndex index = new CaseIndex(folder.library);
        // Includes the search index, which the app builds just after the cards show.
        return index.apply(CaseFilter.NONE.withText("x"));
    }

    @Benchmark
    public FilterResult filter(Indexed indexed, FilterChoice choice) {
        return indexed.index.apply(FILTERS.get(choice.filter));
    }

    @Benchmark
    public FilterResult search(Indexed indexed, SearchChoice choice) {
        return indexed.index.apply(FILTERS.get(choice.search));
    }
}
