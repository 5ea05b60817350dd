package org.caseexplorer.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caseexplorer.cases.BuiltInLibrary;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.LibraryFolder;
import org.caseexplorer.cases.LibraryLoader;
import org.caseexplorer.cases.Problem;

/** {@code --validate DIR}: checks a library folder and reports one line per problem. */
public final class ValidateCommand {

    public static final int CLEAN = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private ValidateCommand() {
    }

    public static int run(Path dir, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(dir)) {
            err.println("case-explorer: --validate: not a folder: " + dir);
            return USAGE;
        }
        Library library = new LibraryLoader().loadSelfContained(LibraryFolder.of(dir), BuiltInLibrary.folder());
        library.problems().stream().map(Problem::format).forEach(out::println);
        int problems = library.problems().size();
        out.printf("%s: %d case%s, %d principle%s, %d problem%s%n", dir,
                library.cases().size(), library.cases().size() == 1 ? "" : "s",
                library.principles().size(), library.principles().size() == 1 ? "" : "s",
                problems, problems == 1 ? "" : "s");
        return problems == 0 ? CLEAN : PROBLEMS;
    }
}
