package org.caseexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.Printable;
import org.caseexplorer.cases.io.LibraryLoader;

/**
 * {@code --principles [--library DIR]}: every principle a case may link to, one a line: its id,
 * its English name and its Chinese name, children indented under their parent. What to write in
 * a case file's {@code "principle"}, without reading principles.json.
 */
public final class PrinciplesCommand {

    private PrinciplesCommand() {
    }

    public static int run(Optional<Path> library, PrintStream out, PrintStream err) {
        return run(new LibraryLoader(), library, out, err);
    }

    static int run(LibraryLoader loader, Optional<Path> folder, PrintStream out, PrintStream err) {
        if (folder.isPresent() && !Files.isDirectory(folder.get())) {
            err.println("case-explorer: --library: " + ValidateCommand.notAFolder(folder.get()) + ". Try --help.");
            return ValidateCommand.USAGE;
        }
        Library library = loader.open(folder);
        lines(library).forEach(out::println);
        long problems = library.problemCount();
        if (problems > 0) {
            // A broken principles.json leaves principles out of the list: say so, and where to look.
            err.println("case-explorer: the library has " + problems + " problem" + (problems == 1 ? "" : "s")
                    + ", which may leave principles out; --validate "
                    + Printable.escape(folder.map(Path::toString).orElse("DIR")) + " lists them");
        }
        return ValidateCommand.CLEAN;
    }

    /** "  participation       Selling a sense of participation · 兜售参与感", parents before their children. */
    static List<String> lines(Library library) {
        int width = library.principles().stream().mapToInt(p -> p.id().length() + 2 * depth(library, p)).max()
                .orElse(0);
        List<String> lines = new java.util.ArrayList<>();
        for (Principle top : library.principles().stream().filter(p -> p.parent() == null).toList()) {
            for (String id : library.withDescendants(top.id())) {
                Principle p = library.principle(id).orElseThrow();
                String indented = "  ".repeat(depth(library, p)) + p.id();
                lines.add(Printable.escape(indented + " ".repeat(width - indented.length() + 2) + names(p)));
            }
        }
        return lines;
    }

    private static String names(Principle p) {
        String en = p.name().en();
        String zh = p.name().zh();
        return en == null ? zh : zh == null ? en : en + " \u00B7 " + zh;
    }

    private static int depth(Library library, Principle p) {
        int depth = 0;
        for (Principle at = p; at.parent() != null && depth < 16; depth++) {
            at = library.principle(at.parent()).orElse(null);
            if (at == null) {
                break;
            }
        }
        return depth;
    }
}
