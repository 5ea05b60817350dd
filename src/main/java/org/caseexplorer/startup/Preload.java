package org.caseexplorer.startup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.cases.io.PassedChecks;
import org.caseexplorer.cli.CommandLine;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.state.LibraryLoad;
import org.caseexplorer.ui.Fonts;
import org.caseexplorer.ui.Icons;

/**
 * Work started in {@code main}, before the JavaFX toolkit: reading the preferences, loading the
 * fonts and reading the library overlap with the toolkit's own start-up instead of following it.
 * It runs on the one background thread, in the order start() needs it: the preferences, then the
 * bundled fonts (read in place from disk) and the icon font (which the first icon would otherwise
 * read on the window's thread, in the middle of the first frame), then the library, which a large
 * user folder can take seconds over: the window shows the built-in cases and those read so far
 * meanwhile, and says it is still loading, instead of waiting. (A
 * second thread for the fonts measured no faster on two cores: the toolkit starts on them too.)
 */
public record Preload(ExecutorService executor, CompletableFuture<AppPreferences> preferences,
               CompletableFuture<String[]> fonts, CompletableFuture<LibraryLoader> loader,
               CompletableFuture<Optional<Path>> folder, LibraryLoad library) {

    public static Preload start(CommandLine commandLine) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "case-explorer-background");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<AppPreferences> preferences = CompletableFuture.supplyAsync(() -> {
            AppPreferences read = AppPreferences.forUser();
            StartupTrace.mark("preferences read");
            return read;
        }, executor);
        CompletableFuture<String[]> fonts = CompletableFuture.supplyAsync(() -> {
            String[] families = Fonts.load();
            StartupTrace.mark("fonts loaded");
            Icons.prepare();
            StartupTrace.mark("icon font loaded");
            return families;
        }, executor);
        PassedChecks passedChecks = PassedChecks.forThisBuild();
        CompletableFuture<LibraryLoader> loader = fonts.handleAsync((f, e) -> new LibraryLoader(passedChecks), executor);
        CompletableFuture<Optional<Path>> folder = preferences.thenApply(p -> commandLine.library().or(p::libraryFolder));
        LibraryLoad library = LibraryLoad.start(loader, folder, executor, (l, f) -> {
            // Files that passed before skip the schemas: with that cache, they are built only if
            // a new or changed file needs them, not on a second core during start-up.
            if (f.isPresent() && !passedChecks.enabled()) {
                l.prepareSchemas();
            }
        });
        library.whole().thenRun(() -> StartupTrace.mark("library read"));
        return new Preload(executor, preferences, fonts, loader, folder, library);
    }
}
