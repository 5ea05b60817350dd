package org.caseexplorer.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.caseexplorer.export.ComparisonHtml;
import org.caseexplorer.export.ComparisonPdfExporter;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.ExportProgress;
import org.caseexplorer.export.ExportSettings;

/**
 * Benchmarks of the PDF export of the five built-in cases.
 * <ul>
 * <li>{@code inapp [runs]}: one exporter in one JVM, as the window keeps it, after a warm-up;
 *     prints the median and p90 per language.</li>
 * <li>{@code cli [runs] [launcher]}: the whole {@code --export-comparison} process (with and
 *     without the AppCDS archive {@code mvn package} makes; with a packaged launcher such as
 *     {@code /opt/case-explorer/bin/case-explorer}, through it, with its runtime and start-up
 *     cache, instead of the archive) alternating with LibreOffice turning the same comparison,
 *     written as HTML, into a PDF; prints the medians and their ratios. Needs {@code mvn package}
 *     and {@code libreoffice} on the PATH.</li>
 * </ul>
 */
public final class ExportBench {

    static final List<String> FIVE = List.of("xiaomi", "tesla", "haidilao", "ganqishi", "xiaotimes");

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "inapp";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        switch (mode) {
            case "inapp" -> inApp(runs);
            case "cli" -> commandLine(runs, args.length > 2 ? Optional.of(Path.of(args[2])) : Optional.empty());
            default -> throw new IllegalArgumentException("mode is inapp or cli, not " + mode);
        }
    }

    private static Comparison fiveCases() {
        Library library = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        return Comparison.of(library, FIVE.stream().map(id -> library.caseById(id).orElseThrow()).toList(),
                ComparisonOptions.DEFAULT);
    }

    private static void inApp(int runs) throws Exception {
        Comparison comparison = fiveCases();
        ComparisonPdfExporter exporter = new ComparisonPdfExporter();
        for (ExportLanguage language : List.of(ExportLanguage.EN, ExportLanguage.BOTH)) {
            ExportSettings settings = ExportSettings.today(language);
            long first = System.nanoTime();
            int bytes = export(exporter, comparison, settings);
            System.out.printf("%s: first export in this JVM %.0f ms (%d bytes)%n", language.code(),
                    (System.nanoTime() - first) / 1e6, bytes);
            for (int i = 0; i < 15; i++) {
                export(exporter, comparison, settings);
            }
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                export(exporter, comparison, settings);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf("%s: warm, %d runs: median %.0f ms, p90 %.0f ms, min %.0f ms%n", language.code(), runs,
                    FilterBench.percentile(times, 50), FilterBench.percentile(times, 90), times[0]);
        }
    }

    private static int export(ComparisonPdfExporter exporter, Comparison comparison, ExportSettings settings)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(comparison, settings, out, ExportProgress.NONE);
        return out.size();
    }

    private static void commandLine(int runs, Optional<Path> launcher) throws Exception {
        Path jar = Path.of("target", "case-explorer.jar").toAbsolutePath();
        Path archive = Path.of("target", "case-explorer.jsa").toAbsolutePath();
        if (!Files.exists(jar) || (launcher.isEmpty() && !Files.exists(archive))) {
            throw new IllegalStateException("run mvn package first: " + jar + " or " + archive + " is missing");
        }
        Path dir = Files.createTempDirectory("case-explorer-export-bench");
        Path html = dir.resolve("comparison.html");
        Files.writeString(html, ComparisonHtml.of(fiveCases(), ExportSettings.today(ExportLanguage.EN)),
                StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> export = List.of("-jar", jar.toString(), "--export-comparison", String.join(",", FIVE),
                "--out", dir.resolve("app.pdf").toString());
        List<String> withArchive = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive));
        withArchive.addAll(StartupBench.APP_JVM_OPTIONS);
        withArchive.addAll(export);
        String first = "AppCDS";
        if (launcher.isPresent()) {
            withArchive = new ArrayList<>(List.of(launcher.get().toString()));
            withArchive.addAll(export.subList(2, export.size()));
            first = launcher.get() + ", its runtime and start-up cache";
        }
        List<String> withoutArchive = new ArrayList<>(List.of(java));
        withoutArchive.addAll(StartupBench.APP_JVM_OPTIONS);
        withoutArchive.addAll(export);
        List<String> office = List.of("libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
                dir.resolve("office").toString(), html.toString());

        for (List<String> command : List.of(withArchive, withoutArchive, office)) {
            run(command); // first runs: file cache, LibreOffice's profile
        }
        double[] app = new double[runs];
        double[] appNoArchive = new double[runs];
        double[] libre = new double[runs];
        for (int i = 0; i < runs; i++) {
            app[i] = run(withArchive);
            libre[i] = run(office);
            appNoArchive[i] = run(withoutArchive);
            System.out.printf("run %d: case-explorer %.0f ms, the jar without a cache %.0f ms, libreoffice %.0f ms%n",
                    i + 1, app[i], appNoArchive[i], libre[i]);
        }
        for (double[] times : List.of(app, appNoArchive, libre)) {
            Arrays.sort(times);
        }
        double office50 = FilterBench.percentile(libre, 50);
        System.out.printf("median: case-explorer --export-comparison %.0f ms (%s), ratio %.2f%n",
                FilterBench.percentile(app, 50), launcher.isPresent() ? first
                        : "options " + StartupBench.APP_JVM_OPTIONS + " + AppCDS",
                FilterBench.percentile(app, 50) / office50);
        System.out.printf("median: the jar, %s, without a cache %.0f ms, ratio %.2f%n", java,
                FilterBench.percentile(appNoArchive, 50), FilterBench.percentile(appNoArchive, 50) / office50);
        System.out.printf("median: libreoffice --headless --convert-to pdf %.0f ms%n", office50);
    }

    private static double run(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = process.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (code != 0) {
            throw new IllegalStateException(command + " exited " + code);
        }
        return ms;
    }
}
