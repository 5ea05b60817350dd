package org.caseexplorer.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import org.caseexplorer.cli.CommandLine;
import org.caseexplorer.cli.ExportCommand;
import org.caseexplorer.cli.HandoutCommand;
import org.caseexplorer.cli.MapCommand;
import org.caseexplorer.cli.PrinciplesCommand;
import org.caseexplorer.cli.ValidateCommand;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.startup.StartupTrace;

/**
 * The entry point. Not an {@link Application} itself, so the jar runs with JavaFX on the plain
 * class path, and command-line work never starts the toolkit.
 */
public final class Launcher {

    /** Kept so the settings last: java.util.logging holds its loggers weakly. */
    private static final java.util.logging.Logger PREFERENCES_LOG = java.util.logging.Logger.getLogger("java.util.prefs");
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("Launcher.main");
        // The first start in a new home would print "Created user preferences directory" to the
        // terminal: nothing the user needs to read.
        PREFERENCES_LOG.setLevel(java.util.logging.Level.WARNING);
        // JavaFX warns "Unsupported JavaFX configuration" because the app runs it from the class
        // path (ControlsFX reaches into JavaFX internals, which named modules would forbid): a user
        // starting the app from a terminal should see nothing. Errors still show.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        localeWarning(System.getProperty("sun.jnu.encoding")).ifPresent(System.err::println);
        keepPdfBoxCacheInOurs();
        System.exit(run(args));
    }

    /**
     * PDFBox keeps its list of the system's fonts in {@code ~/.pdfbox.cache} unless told
     * otherwise: the app's own cache folder holds it instead (the installed app's build folder,
     * else {@code $XDG_CACHE_HOME/case-explorer} or {@code ~/.cache/case-explorer}).
     */
    private static void keepPdfBoxCacheInOurs() {
        if (System.getProperty("pdfbox.fontcache") != null) {
            return;
        }
        String build = System.getProperty("caseexplorer.buildCache");
        String xdg = System.getenv("XDG_CACHE_HOME");
        java.nio.file.Path folder = build != null && !build.isBlank() ? java.nio.file.Path.of(build)
                : xdg != null && !xdg.isBlank() ? java.nio.file.Path.of(xdg, "case-explorer")
                : java.nio.file.Path.of(System.getProperty("user.home"), ".cache", "case-explorer");
        try {
            java.nio.file.Files.createDirectories(folder);
            System.setProperty("pdfbox.fontcache", folder.toString());
        } catch (java.io.IOException | RuntimeException e) {
            // No cache folder (a read-only home): PDFBox then keeps its list in memory only.
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        }
    }

    /**
     * One line for a locale whose file names are not UTF-8 (LANG=C, POSIX: common on servers and
     * in containers): Java then cannot name a file with a Chinese name, and nothing inside the
     * JVM can change that. The installed launcher sets a UTF-8 locale itself; {@code java -jar}
     * says how to.
     */
    static java.util.Optional<String> localeWarning(String fileNameEncoding) {
        if (fileNameEncoding == null || fileNameEncoding.replace("-", "").equalsIgnoreCase("UTF8")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("case-explorer: this locale writes file names in " + fileNameEncoding
                + ", so files with Chinese names cannot be read or written; start it under a UTF-8 locale,"
                + " e.g. LC_ALL=C.UTF-8 java -jar case-explorer.jar");
    }

    static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** The command line's work and its exit code; the window is started only when there is none. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> arguments = Arrays.asList(args);
        if (CommandLine.asksForHelp(arguments)) {
            out.println(CommandLine.usage());
            return 0;
        }
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(arguments);
        } catch (CommandLine.UsageException e) {
            // One line that says what is wrong; the whole help would bury it.
            err.println(e.line());
            return ValidateCommand.USAGE;
        }
        try {
            if (commandLine.principles()) {
                return PrinciplesCommand.run(commandLine.library(), out, err);
            }
            if (commandLine.export().isPresent()) {
                System.setProperty("java.awt.headless", "true");
                return ExportCommand.run(commandLine.export().get(), commandLine.library(),
                        commandLine.language().orElse(org.caseexplorer.export.ExportLanguage.EN),
                        () -> AppPreferences.forUser().exportAuthor(), out, err);
            }
            if (commandLine.handout().isPresent()) {
                System.setProperty("java.awt.headless", "true");
                return HandoutCommand.run(commandLine.handout().get(), commandLine.library(),
                        commandLine.language().orElse(org.caseexplorer.export.ExportLanguage.EN),
                        () -> AppPreferences.forUser().exportAuthor(), out, err);
            }
            if (commandLine.map().isPresent()) {
                System.setProperty("java.awt.headless", "true");
                return MapCommand.run(commandLine.map().get(), commandLine.library(),
                        commandLine.language().orElse(org.caseexplorer.export.ExportLanguage.EN), out, err);
            }
            if (commandLine.validate().isPresent()) {
                // English unless --lang zh asks: a script's output does not change with the desktop's locale.
                org.caseexplorer.cases.Lang lang = commandLine.language()
                        .filter(l -> l == org.caseexplorer.export.ExportLanguage.ZH)
                        .map(l -> org.caseexplorer.cases.Lang.ZH).orElse(org.caseexplorer.cases.Lang.EN);
                return ValidateCommand.run(commandLine.validate().get(), lang, out, err);
            }
        } catch (RuntimeException e) {
            err.println("case-explorer: " + e.getMessage());
            return ValidateCommand.USAGE;
        }
        CaseExplorerApp.launchWith(commandLine);
        return 0;
    }
}
