package org.caseexplorer.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.caseexplorer.cases.LibraryLoader;
import org.caseexplorer.cli.CommandLine;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.ui.Fonts;

/**
 * Work started in {@code main}, before the JavaFX toolkit: reading the preferences, loading the
 * fonts and reading the library overlap with the toolkit's own start-up instead of following it.
 * It runs on the one background thread, in the order start() needs it: the preferences, then the
 * fonts (read in place from disk, a few tens of milliseconds), then the library, which a large
 * user folder can take seconds over: the window shows "Loading" meanwhile instead of waiting.
 */
record Preload(ExecutorService executor, CompletableFuture<AppPreferences> preferences,
               CompletableFuture<String[]> fonts, CompletableFuture<LibraryLoader> loader,
               CompletableFuture<Optional<Path>> folder, CompletableFuture<AppState.LoadedLibrary> library) {

    static Preload start(CommandLine commandLine) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "case-explorer-background");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<AppPreferences> preferences = CompletableFuture.supplyAsync(AppPreferences::forUser, executor);
        CompletableFuture<String[]> fonts = CompletableFuture.supplyAsync(Fonts::load, executor);
        CompletableFuture<LibraryLoader> loader = fonts.handleAsync((f, e) -> new LibraryLoader(), executor);
        CompletableFuture<Optional<Path>> folder = preferences.thenApply(p -> commandLine.library().or(p::libraryFolder));
        CompletableFuture<AppState.LoadedLibrary> library = loader.thenCombine(folder, (l, f) -> {
            if (f.isPresent()) {
                l.prepareSchemas();
            }
            return LibraryService.loadNow(l, f);
        });
        return new Preload(executor, preferences, fonts, loader, folder, library);
    }
}
