package org.caseexplorer.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.caseexplorer.cases.LibraryLoader;
import org.caseexplorer.ui.Fonts;

/**
 * Work started in {@code main}, before the JavaFX toolkit: reading the preferences, loading the
 * fonts and reading the library overlap with the toolkit's own start-up instead of following it.
 * All of it runs on the one background thread, in the order start() needs it: on two cores a
 * second one would only slow the toolkit down. The preferences and the library come first; the
 * fonts last, as they are needed only when the scene is made, after the window is built.
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
        CompletableFuture<LibraryLoader> loader = preferences.thenApplyAsync(p -> new LibraryLoader(), executor);
        CompletableFuture<Optional<Path>> folder = preferences.thenApply(p -> commandLine.library().or(p::libraryFolder));
        CompletableFuture<AppState.LoadedLibrary> library = loader.thenCombine(folder,
                (l, f) -> LibraryService.loadNow(l, f));
        CompletableFuture<String[]> fonts = library.handleAsync((l, e) -> Fonts.load(), executor);
        return new Preload(executor, preferences, fonts, loader, folder, library);
    }
}
