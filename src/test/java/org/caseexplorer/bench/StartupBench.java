package org.caseexplorer.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.caseexplorer.app.CaseExplorerApp;
import org.caseexplorer.startup.FirstFrameProbe;

/**
 * Benchmark: wall time from launching a process to the first frame, Case Explorer against a bare
 * JavaFX window with one label, the series alternating in one run on the same machine; prints
 * each median and the ratios. Needs {@code mvn package} first and a display (e.g. Xvfb).
 *
 * <p>Usage: {@code StartupBench [runs, default 7] [LAUNCHER] [--library DIR]}.
 * <ul>
 * <li>Without LAUNCHER: the app from the jar ({@code java -jar target/case-explorer.jar} with the
 *     options of {@code mvn javafx:run}), the bare window with the same {@code java} and with the
 *     same options too.</li>
 * <li>With LAUNCHER (the packaged {@code …/bin/case-explorer}, e.g. the installed
 *     {@code /opt/case-explorer/bin/case-explorer}): the app through it (the probe switched on
 *     through JAVA_TOOL_OPTIONS); the bare window run by the system's default {@code java} (the
 *     first goal: the app at most 0.75 of it); and the bare window given the app's own runtime
 *     treatment: the packaged runtime, the launcher's JVM options and, when that runtime is a JDK
 *     25+, an ahead-of-time cache trained for the bare window the same way (the second goal: the
 *     app at most 1.25 of it).</li>
 * <li>With {@code --library DIR} a further series opens DIR as well (e.g. 10,000 generated cases,
 *     see {@link SyntheticLibrary}); it prints that median, its ratio to the five-case start-up
 *     and the heap in use once DIR is loaded and indexed.</li>
 * </ul>
 */
public final class StartupBench {

    /** The JVM options the app is launched with (pom.xml, javafx:run); a test keeps them equal. */
    public static final List<String> APP_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData");

    /** Whether the next run reports the heap after the load (see FirstFrameProbe), and what it said. */
    private static boolean reportHeap;
    private static String heapReported = "?";

    /** JVM options for a packaged launcher, which takes none on its command line. */
    private static String launcherOptions;

    public static void main(String[] arguments) throws Exception {
        List<String> args = new ArrayList<>(Arrays.asList(arguments));
        String library = null;
        int libraryAt = args.indexOf("--library");
        if (libraryAt >= 0) {
            library = args.get(libraryAt + 1);
            args.subList(libraryAt, libraryAt + 2).clear();
        }
        int runs = !args.isEmpty() ? Integer.parseInt(args.get(0)) : 7;
        Path launcher = args.size() > 1 ? Path.of(args.get(1)) : null;
        Path jar = Path.of("target", "case-explorer.jar");
        if (launcher == null && !Files.exists(jar)) {
            throw new IllegalStateException("run mvn package first: " + jar + " is missing");
        }
        Path work = Files.createTempDirectory("case-explorer-startup-bench");
        Path prefs = work.resolve("prefs");
        Path bareJar = bareWindowJar(work.resolve("bare.jar"));
        String bareClassPath = bareJar + File.pathSeparator + String.join(File.pathSeparator, javafxJars());
        String probe = "-D" + CaseExplorerApp.FIRST_FRAME_PROPERTY + "=true";
        // No first-start tour in a measured start: each run has fresh preferences.
        String noTour = "-Dcaseexplorer.tour=off";

        Map<String, List<String>> series = new LinkedHashMap<>();
        String thisJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String bareMain = BareHelloApp.Main.class.getName();
        if (launcher == null) {
            series.put("bare JavaFX window (" + thisJava + ")",
                    List.of(thisJava, "-Djava.util.prefs.userRoot=" + prefs, "-cp", bareClassPath, bareMain));
            List<String> tuned = new ArrayList<>(List.of(thisJava));
            tuned.addAll(APP_JVM_OPTIONS);
            tuned.addAll(List.of("-Djava.util.prefs.userRoot=" + prefs, "-cp", bareClassPath, bareMain));
            series.put("bare JavaFX window with the app's options", tuned);
            List<String> app = new ArrayList<>(List.of(thisJava));
            app.addAll(APP_JVM_OPTIONS);
            app.addAll(List.of("-Djava.util.prefs.userRoot=" + prefs, probe, noTour, "-jar", jar.toString()));
            series.put("Case Explorer (java -jar with " + APP_JVM_OPTIONS + ")", app);
        } else {
            String defaultJava = defaultJava();
            series.put("bare JavaFX window, default java (" + defaultJava + ")",
                    List.of(defaultJava, "-Djava.util.prefs.userRoot=" + prefs, "-cp", bareClassPath, bareMain));
            series.put("bare JavaFX window, the app's runtime treatment",
                    sameTreatment(launcher, work, prefs, bareClassPath, bareMain));
            launcherOptions = "-Djava.util.prefs.userRoot=" + prefs + " " + probe + " " + noTour;
            series.put("Case Explorer (" + launcher + ")", List.of(launcher.toString()));
        }
        String appName = series.keySet().stream().reduce((a, b) -> b).orElseThrow();
        List<String> app = series.get(appName);
        if (library != null) {
            List<String> withLibrary = new ArrayList<>(app);
            withLibrary.addAll(List.of("--library", library));
            series.put("Case Explorer with " + library, withLibrary);
        }

        for (List<String> command : series.values()) {
            time(command); // warm the OS file cache for all
        }
        Map<String, double[]> times = new LinkedHashMap<>();
        series.keySet().forEach(name -> times.put(name, new double[runs]));
        for (int i = 0; i < runs; i++) {
            StringBuilder line = new StringBuilder("run " + (i + 1) + ":");
            for (Map.Entry<String, List<String>> s : series.entrySet()) {
                double ms = time(s.getValue());
                times.get(s.getKey())[i] = ms;
                line.append(String.format(" %.0f", ms));
            }
            System.out.println(line + " ms");
        }
        double appMedian = median(times.get(appName));
        for (Map.Entry<String, double[]> t : times.entrySet()) {
            double m = median(t.getValue());
            System.out.printf("median %6.0f ms  %s%s%n", m, t.getKey(),
                    t.getKey().equals(appName) || t.getKey().startsWith("Case Explorer with ") ? ""
                            : String.format("  (app / this = %.2f)", appMedian / m));
        }
        if (library != null) {
            System.out.printf("ratio of the start-up with %s to the five-case start-up: %.2f%n", library,
                    median(times.get("Case Explorer with " + library)) / appMedian);
            reportHeap = true;
            time(series.get("Case Explorer with " + library));
            System.out.printf("heap in use once %s is loaded and indexed: %s MB%n", library, heapReported);
        }
    }

    /** The system's default java: the one on the PATH. */
    private static String defaultJava() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path java = Path.of(dir, "java");
            if (Files.isExecutable(java)) {
                return java.toString();
            }
        }
        throw new IllegalStateException("no java on the PATH");
    }

    /**
     * The bare window as the packaged app is run: its runtime, the launcher's JVM options, and on
     * JDK 25+ an ahead-of-time cache trained for the bare window (made here, once).
     */
    private static List<String> sameTreatment(Path launcher, Path work, Path prefs, String classPath,
                                              String main) throws Exception {
        Path root = launcher.toAbsolutePath().getParent().getParent();
        String java = root.resolve("lib/runtime/bin/java").toString();
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("lib/app/case-explorer.cfg"))) {
            if (line.startsWith("java-options=-XX:") && !line.contains("AOTCache") && !line.contains("SharedArchive")) {
                options.add(line.substring("java-options=".length()));
            }
        }
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.add("-Djava.util.prefs.userRoot=" + prefs);
        if (Runtime.Version.parse(runtimeVersion(java)).feature() >= 25) {
            Path cache = work.resolve("bare.aot");
            List<String> train = new ArrayList<>(command);
            train.addAll(1, List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot=off", "-Xlog:cds=off"));
            train.addAll(List.of("-cp", classPath, main));
            Process p = new ProcessBuilder(train).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(cache)) {
                throw new IllegalStateException("could not train the bare window's cache: " + train);
            }
            command.addAll(List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off"));
        } else {
            // JDK 17: the app's AppCDS treatment is a dynamic archive of what it loads.
            Path archive = work.resolve("bare.jsa");
            List<String> dump = new ArrayList<>(command);
            dump.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-cp", classPath, main));
            new ProcessBuilder(dump).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(300, TimeUnit.SECONDS);
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off"));
        }
        command.addAll(List.of("-cp", classPath, main));
        return command;
    }

    private static String runtimeVersion(String java) throws Exception {
        Process p = new ProcessBuilder(java, "-XshowSettings:properties", "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().map(String::trim).filter(l -> l.startsWith("java.runtime.version = "))
                .map(l -> l.substring("java.runtime.version = ".length())).findFirst().orElse("17");
    }

    /** The bare window's classes as a jar: an AOT cache takes jars only, not class folders. */
    private static Path bareWindowJar(Path jar) throws Exception {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : List.of(BareHelloApp.class, BareHelloApp.Main.class, FirstFrameProbe.class,
                    Class.forName("org.caseexplorer.startup.StartupTrace"), Class.forName("org.caseexplorer.startup.NodeCensus"))) {
                String entry = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (var in = c.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> javafxJars() throws IOException {
        try (var libs = Files.list(Path.of("target", "lib"))) {
            return libs.filter(p -> p.getFileName().toString().startsWith("javafx-")).map(Path::toString)
                    .sorted().toList();
        }
    }

    private static double time(List<String> command) throws Exception {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        boolean viaLauncher = launcherOptions != null && !Path.of(command.get(0)).getFileName().toString().equals("java");
        if (viaLauncher) {
            builder.environment().put("JAVA_TOOL_OPTIONS", launcherOptions
                    + (reportHeap ? " -D" + FirstFrameProbe.HEAP_PROPERTY + "=true" : ""));
        } else if (reportHeap) {
            List<String> withHeap = new ArrayList<>(command);
            withHeap.add(1, "-D" + FirstFrameProbe.HEAP_PROPERTY + "=true");
            builder.command(withHeap);
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
                        process.getInputStream().transferTo(OutputStream.nullOutputStream());
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
