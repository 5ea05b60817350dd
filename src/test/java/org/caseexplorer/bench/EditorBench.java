package org.caseexplorer.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.authoring.CaseJson;
import org.caseexplorer.authoring.DraftStore;
import org.caseexplorer.authoring.UserLibrary;
import org.caseexplorer.authoring.ui.CaseEditorViewModel;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.io.LibraryLoader;

/**
 * The case editor's costs on a case with 20 links (two quotes each) and 12 facts: opening the
 * editor's model on a file, one keystroke (a new document, printed, and every check of the
 * loader run on it; target p99 at most 5 ms), and a save (history kept, atomic write with
 * fsync). Prints median, p90 and p99 in milliseconds. {@code EditorBench [runs]} (default 2000).
 */
public final class EditorBench {

    private EditorBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path folder = Files.createTempDirectory("ed-bench");
        LibraryLoader loader = new LibraryLoader();
        List<Principle> builtIn = loader.open(Optional.empty()).principles();
        writeExtraPrinciples(folder, Math.max(0, 20 - builtIn.size()));
        UserLibrary library = UserLibrary.create(folder, Clock.systemUTC());
        CaseDocument big = bigCase(loader.open(Optional.of(folder)));
        library.save(big, null);
        Library context = loader.open(Optional.of(folder));
        // Notes (its quotes cite built-in sources, which have no text here) are part of the check timed.
        if (context.problemCount() > 0) {
            throw new IllegalStateException("the bench library has problems: " + context.problems());
        }
        DraftStore drafts = new DraftStore(folder);
        long[] nano = {0};
        CaseEditorViewModel probe = org.caseexplorer.authoring.ui.CaseEditors.forFile(library, drafts, loader, () -> context, "bench",
                () -> nano[0], org.caseexplorer.state.TaskExecutor.inline());
        if (probe.problems().stream().anyMatch(p -> !p.isNote())) {
            throw new IllegalStateException("the bench case has problems: " + probe.problems());
        }
        System.out.printf("case: %d links, %d facts, %d bytes%n", big.size("/links"), big.size("/facts"),
                big.bytes().length);

        double[] open = new double[Math.min(runs, 500)];
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < open.length; i++) {
                long t = System.nanoTime();
                org.caseexplorer.authoring.ui.CaseEditors.forFile(library, drafts, loader, () -> context, "bench", () -> nano[0], org.caseexplorer.state.TaskExecutor.inline());
                open[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        report("editor open (read, parse, check)", open);

        CaseEditorViewModel vm = org.caseexplorer.authoring.ui.CaseEditors.forFile(library, drafts, loader, () -> context, "bench",
                () -> nano[0], org.caseexplorer.state.TaskExecutor.inline());
        double[] keystroke = new double[runs];
        StringBuilder typed = new StringBuilder();
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < runs; i++) {
                typed.append((char) ('a' + i % 26));
                if (typed.length() > 200) {
                    typed.setLength(0);
                }
                nano[0] += 10_000_000L;
                long t = System.nanoTime();
                vm.setText("/links/7/explanation/en", typed.toString());
                keystroke[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        if (vm.problems().stream().anyMatch(p -> !p.isNote())) {
            throw new IllegalStateException("problems while typing: " + vm.problems());
        }
        report("keystroke (edit + validation), 20 links", keystroke);

        double[] save = new double[Math.min(runs, 200)];
        for (int i = 0; i < save.length; i++) {
            vm.setText("/summary/en", "Version " + i);
            long t = System.nanoTime();
            vm.save();
            save[i] = (System.nanoTime() - t) / 1e6;
        }
        report("save (history + atomic write + fsync)", save);
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%-42s median %7.3f ms   p90 %7.3f ms   p99 %7.3f ms   (n=%d)%n", what,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[(int) (sorted.length * 0.99)],
                sorted.length);
    }

    private static void writeExtraPrinciples(Path folder, int count) throws Exception {
        ObjectNode root = CaseJson.newObject();
        ArrayNode list = root.putArray("principles");
        for (int i = 1; i <= count; i++) {
            ObjectNode p = list.addObject();
            p.put("id", "bench-principle-" + i);
            p.set("name", CaseDocument.bilingual("Bench principle " + i, "测试原则" + i));
            p.set("definition", CaseDocument.bilingual("A principle for the benchmark.", "基准测试用的原则。"));
        }
        Files.write(folder.resolve(LibraryLoader.PRINCIPLES_FILE), root.toPrettyString().getBytes(StandardCharsets.UTF_8));
    }

    /** Xiaomi's file with 20 links, each to another principle, each with two of Xiaomi's quotes. */
    private static CaseDocument bigCase(Library library) throws Exception {
        CaseDocument xiaomi = CaseDocument.parse(Files.readAllBytes(Path.of("cases/xiaomi.json")));
        ObjectNode tree = xiaomi.withText("/id", "bench").tree();
        ArrayNode links = tree.putArray("links");
        List<String> quotes = new ArrayList<>();
        xiaomi.tree().get("links").forEach(l -> l.get("evidence").forEach(e -> quotes.add(e.toString())));
        List<Principle> principles = library.principles();
        for (int i = 0; i < 20; i++) {
            ObjectNode link = links.addObject();
            link.put("principle", principles.get(i).id());
            link.put("strength", 1 + i % 3);
            link.set("explanation", CaseDocument.bilingual("Why principle " + i + " shows in this case.",
                    "这个案例为什么体现原则" + i + "。"));
            ArrayNode evidence = link.putArray("evidence");
            for (int e = 0; e < 2; e++) {
                evidence.add(CaseJson.parse(quotes.get((2 * i + e) % quotes.size()).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return CaseDocument.of(tree);
    }
}
