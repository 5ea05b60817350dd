package org.caseexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Printable;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.i18n.Labels;
import org.caseexplorer.savedviews.SavedViews;

/**
 * {@code --validate DIR}: opens DIR exactly as the window's {@code --library DIR} does (the
 * built-in library plus DIR, through {@link LibraryLoader#open}) and prints one line per problem
 * the window would list, in file and line order. Notes (a quote found only in another form, a
 * case written in one language) are printed with {@code note:} and do not fail the check.
 */
public final class ValidateCommand {

    public static final int CLEAN = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private ValidateCommand() {
    }

    /** Why a path given as a library folder cannot be one, in words. */
    public static String notAFolder(Path dir) {
        return notAFolder(dir, Lang.EN);
    }

    /** Why a path given as a library folder cannot be one, in {@code lang}. */
    public static String notAFolder(Path dir, Lang lang) {
        String name = Printable.escape(dir.toString());
        return Labels.of(lang).format(Files.exists(dir) ? "validate.isFile" : "validate.missing", name);
    }

    public static int run(Path dir, PrintStream out, PrintStream err) {
        return run(new LibraryLoader(), dir, Lang.EN, out, err);
    }

    /** Prints in {@code lang}: the messages, the summary; the {@code FILE:LINE:COL:} frame and {@code note:} stay as they are. */
    public static int run(Path dir, Lang lang, PrintStream out, PrintStream err) {
        return run(new LibraryLoader(), dir, lang, out, err);
    }

    static int run(LibraryLoader loader, Path dir, PrintStream out, PrintStream err) {
        return run(loader, dir, Lang.EN, out, err);
    }

    static int run(LibraryLoader loader, Path dir, Lang lang, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(dir)) {
            err.println("case-explorer: --validate: " + notAFolder(dir, lang));
            return USAGE;
        }
        Library library = loader.open(Optional.of(dir));
        // The saved views are checked too, and listed after the library's problems, as the window lists them.
        List<Problem> all = new ArrayList<>(library.problems());
        all.addAll(new SavedViews().load(dir, library).problems());
        all.stream().map(p -> p.format(lang)).forEach(out::println);
        long problems = all.stream().filter(p -> !p.isNote()).count();
        long notes = all.size() - problems;
        // How many cases the folder itself gave: a folder whose every file was refused must not read as if it loaded.
        java.util.Set<String> builtIn = new java.util.HashSet<>();
        loader.load(org.caseexplorer.cases.io.BuiltInLibrary.folder(), Optional.empty()).cases().forEach(c -> builtIn.add(c.id()));
        long fromDir = library.cases().stream().filter(c -> !builtIn.contains(c.id())).count();
        out.println(Labels.of(lang).format("validate.summary", Printable.escape(dir.toString()), library.cases().size(),
                library.principles().size(), problems, notes, fromDir));
        // Notes are worth reading but nothing to fix: a library with only notes is clean.
        return problems == 0 ? CLEAN : PROBLEMS;
    }
}
