package org.caseexplorer.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caseexplorer.app.CaseExplorerApp;
import org.caseexplorer.app.FirstFrameProbe;

/**
 * Benchmark: wall time from launching a JVM to the first frame, for Case Explorer as users run
 * it ({@code java -jar target/case-explorer.jar}, gallery showing) versus a bare JavaFX window
 * with one label (JavaFX from the same {@code target/lib}). The two alternate in one run on the
 * same machine; prints each median and their ratio. Needs {@code mvn package} first and a
 * display (e.g. Xvfb).
 * Usage: {@code StartupBench [runs, default 7] [LAUNCHER] [--library DIR]}. With LAUNCHER (e.g.
 * the installed {@code /opt/case-explorer/bin/case-explorer}) the app is started through it
 * instead, with the probe switched on through JAVA_TOOL_OPTIONS. With {@code --library DIR} a
 * third series opens DIR as well (e.g. 10,000 generated cases, see {@link SyntheticLibrary}); it
 * prints that median, its ratio to the five-case start-up, and the heap in use once DIR is
 * loaded and indexed.
 */
public final class StartupBench {

    /** The JVM options the app is launched with (pom.xml, javafx:run); a test keeps them equal. */
    public static final List<String> APP_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData");

    public static void main(String[] arguments) throws Exception {
        List<String> argList = new ArrayList<>(Arrays.asList(arguments));
        String library = null;
        int libraryAt = argList.indexOf("--library");
        if (libraryAt >= 0) {
            library = argList.get(libraryAt + 1);
            argList.subList(libraryAt, libraryAt + 2).clear();
        }
        String[] args = argList.toArray(String[]::new);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of("target", "case-explorer.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run mvn package first: " + jar + " is missing");
        }
        List<String> bareClassPath = new ArrayList<>();
        for (Class<?> c : List.of(BareHelloApp.class, FirstFrameProbe.class)) {
            bareClassPath.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        try (var libs = Files.list(Path.of("target", "lib"))) {
            libs.filter(p -> p.getFileName().toString().startsWith("javafx-")).forEach(p -> bareClassPath.add(p.toString()));
        }
        Path prefs = Files.createTempDirectory("case-explorer-bench-prefs");
        List<String> bare = List.of(java, "-Djava.util.prefs.userRoot=" + prefs, "-cp",
                String.join(File.pathSeparator, bareClassPath), BareHelloApp.Main.class.getName());
        List<String> bareTuned = new ArrayList<>(bare);
        bareTuned.addAll(1, APP_JVM_OPTIONS);
        List<String> app = new ArrayList<>(List.of(java, "-Djava.util.prefs.userRoot=" + prefs,
                "-D" + CaseExplorerApp.FIRST_FRAME_PROPERTY + "=true", "-jar", jar.toString()));
        app.addAll(1, APP_JVM_OPTIONS);
        if (args.length > 1) {
            app = List.of(args[1]);
            launcherOptions = "-Djava.util.prefs.userRoot=" + prefs + " -D" + CaseExplorerApp.FIRST_FRAME_PROPERTY + "=true";
        }

        List<String> withLibrary = null;
        if (library != null) {
            withLibrary = new ArrayList<>(app);
            withLibrary.addAll(List.of("--library", library));
        }

        time(bare);
        time(app); // warm the OS file cache for all
        if (withLibrary != null) {
            time(withLibrary);
        }
        double[] bareTimes = new double[runs];
        double[] bareTunedTimes = new double[runs];
        double[] appTimes = new double[runs];
        double[] libraryTimes = new double[runs];
        for (int i = 0; i < runs; i++) {
            bareTimes[i] = time(bare);
            bareTunedTimes[i] = time(bareTuned);
            appTimes[i] = time(app);
            if (withLibrary != null) {
                libraryTimes[i] = time(withLibrary);
            }
            System.out.printf("run %d: bare %.0f ms, bare with the app's options %.0f ms, app %.0f ms%s%n",
                    i + 1, bareTimes[i], bareTunedTimes[i], appTimes[i],
                    withLibrary == null ? "" : String.format(", app with %s %.0f ms", library, libraryTimes[i]));
        }
        double appMedian = median(appTimes);
        System.out.printf("median: Case Explorer %.0f ms (%s)%n", appMedian,
                args.length > 1 ? args[1] : "java -jar with JVM options " + APP_JVM_OPTIONS);
        System.out.printf("median: bare JavaFX window %.0f ms, ratio %.2f%n",
                median(bareTimes), appMedian / median(bareTimes));
        System.out.printf("median: bare JavaFX window with the same options %.0f ms, ratio %.2f%n",
                median(bareTunedTimes), appMedian / median(bareTunedTimes));
        if (withLibrary != null) {
            System.out.printf("median: Case Explorer with %s %.0f ms, ratio %.2f to the five cases%n",
                    library, median(libraryTimes), median(libraryTimes) / appMedian);
            reportHeap = true;
            time(withLibrary);
            System.out.printf("heap in use once %s is loaded and indexed: %s MB%n", library, heapReported);
        }
    }

    /** Whether the next run reports the heap after the load (see FirstFrameProbe), and what it said. */
    private static boolean reportHeap;
    private static String heapReported = "?";

    /** JVM options for a packaged launcher, which takes none on its command line. */
    private static String launcherOptions;

    private static double time(List<String> command) throws Exception {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        boolean viaLauncher = launcherOptions != null && !Path.of(command.get(0)).getFileName().toString().equals("java");
        if (viaLauncher) {
            builder.environment().put("JAVA_TOOL_OPTIONS", launcherOptions);
        }
        if (reportHeap) {
            command = new ArrayList<>(command);
            if (viaLauncher) {
                builder.environment().put("JAVA_TOOL_OPTIONS", launcherOptions
                        + " -D" + FirstFrameProbe.HEAP_PROPERTY + "=true");
            } else {
                command.add(1, "-D" + FirstFrameProbe.HEAP_PROPERTY + "=true");
            }
            builder.command(command);
        }
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            double ms = -1;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("FIRST_FRAME")) {
                    ms = (System.nanoTime() - start) / 1e6;
                    if (!reportHeap) {
                        process.waitFor(30, TimeUnit.SECONDS);
                        return ms;
                    }
                } else if (line.startsWith("HEAP_AFTER_LOAD")) {
                    heapReported = line.substring("HEAP_AFTER_LOAD".length()).trim();
                }
            }
            if (ms >= 0) {
                process.waitFor(30, TimeUnit.SECONDS);
                return ms;
            }
        }
        throw new IllegalStateException("no first frame from " + command + ", exit " + process.waitFor());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
