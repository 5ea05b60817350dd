package org.caseexplorer.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.caseexplorer.cases.BuiltInLibrary;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.LibraryFolder;
import org.caseexplorer.cases.LibraryLoader;
import org.caseexplorer.cases.Problem;

/**
 * Loads the library in the background and hands the result to the FX thread. Both executors
 * are injected, so tests can run everything inline.
 */
public final class LibraryService {

    private final AppState state;
    private final Executor background;
    private final Executor fxThread;
    private volatile LibraryLoader loader;
    private Optional<Path> userFolder = Optional.empty();

    public LibraryService(AppState state, Executor background, Executor fxThread) {
        this.state = state;
        this.background = background;
        this.fxThread = fxThread;
    }

    public Optional<Path> userFolder() {
        return userFolder;
    }

    /** Loads the built-in library plus the given folder (if any), replacing what is shown. */
    public CompletableFuture<Void> load(Optional<Path> folder) {
        userFolder = folder;
        state.startLoading();
        return CompletableFuture.supplyAsync(() -> loadNow(folder), background)
                .thenAcceptAsync(state::finishLoading, fxThread);
    }

    public CompletableFuture<Void> reload() {
        return load(userFolder);
    }

    private AppState.LoadedLibrary loadNow(Optional<Path> folder) {
        try {
            if (loader == null) {
                loader = new LibraryLoader();
            }
            Optional<LibraryFolder> user = folder.map(LibraryFolder::of);
            return AppState.LoadedLibrary.of(loader.load(BuiltInLibrary.folder(), user));
        } catch (RuntimeException e) {
            // Never leave the window empty without a word: the failure becomes a problem.
            Library failed = new Library(java.util.List.of(), java.util.List.of(), java.util.List.of(),
                    java.util.List.of(Problem.inFile(folder.map(Path::toString).orElse("cases"),
                            "the library could not be loaded: " + e)));
            return AppState.LoadedLibrary.of(failed);
        }
    }
}
