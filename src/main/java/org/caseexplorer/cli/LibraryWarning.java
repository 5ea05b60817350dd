package org.caseexplorer.cli;

import java.io.PrintStream;
import org.caseexplorer.cases.Library;

/** What an export says on stderr about the library it read: its problems, not its notes. */
final class LibraryWarning {

    private LibraryWarning() {
    }

    /**
     * One line when the library has problems (a file left out, a field wrong), none when it has
     * only notes (one language only, a quote in another form): those are not wrong, and
     * "problem(s)" would send a user looking for a fault that {@code --validate} does not show.
     */
    static void ifProblems(Library library, PrintStream err) {
        long problems = library.problems().stream().filter(p -> !p.isNote()).count();
        if (problems > 0) {
            err.println("case-explorer: note: the library has " + problems
                    + (problems == 1 ? " problem" : " problems") + "; --validate lists them");
        }
    }
}
