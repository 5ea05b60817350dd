package org.caseexplorer.state;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.LibraryLoader;
import org.caseexplorer.cases.PartFiles;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;

/**
 * Loads the library on the {@link TaskExecutor#library() library lane} and hands the result to
 * the FX thread; the executor is injected, so tests can run everything inline. The latest load
 * wins: one asked for while an older one waits makes the older skip its read, and a slow load
 * that finishes after a newer one started is never shown. While a user folder is open it is watched:
 * a case file added, changed or deleted reloads the library (the selection and the filter
 * stay, as they are kept by id), and a folder that goes away becomes a problem.
 */
public final class LibraryService implements AutoCloseable {

    private final AppState state;
    private final TaskExecutor tasks;
    private final LibraryLoader loader;
    static final Duration SEARCH_INDEX_DELAY = Duration.ofMillis(500);
    private Optional<Path> userFolder = Optional.empty();
    private LibraryWatcher watcher;
    /** Counts loads, so a slow load that finishes after a newer one cannot replace it. */
    private volatile long generation;

    public LibraryService(AppState state, LibraryLoader loader, TaskExecutor tasks) {
        this.state = state;
        this.loader = loader;
        this.tasks = tasks;
    }

    /** The loader, whose checks the case editor runs on a case before it is written. */
    public LibraryLoader loader() {
        return loader;
    }

    public Optional<Path> userFolder() {
        return userFolder;
    }

    /**
     * Runs {@code work} on the files lane and hands its result to {@code then} on the FX thread:
     * for small reads and writes beside the library's, such as the saved views.
     */
    public <T> CompletableFuture<Void> inBackground(java.util.concurrent.Callable<T> work,
                                                    java.util.function.Consumer<T> then,
                                                    java.util.function.Consumer<Throwable> failed) {
        return tasks.run(tasks.files(), work, then, failed);
    }

    /** Loads the built-in library plus the given folder (if any), replacing what is shown. */
    public CompletableFuture<Void> load(Optional<Path> folder) {
        long thisLoad = ++generation;
        // A newer load asked for before this one started: this one need not read at all.
        CompletableFuture<AppState.LoadedLibrary> reading = CompletableFuture.supplyAsync(
                () -> thisLoad == generation ? loadNow(loader, folder) : null, tasks.library());
        return present(folder, reading, thisLoad);
    }

    public CompletableFuture<Void> reload() {
        return load(userFolder);
    }

    /**
     * Shows a load that is already under way, e.g. one started before the window existed. If it
     * has already finished, the state takes it at once, so the first frame has the cards in it.
     */
    public CompletableFuture<Void> show(Optional<Path> folder, CompletableFuture<AppState.LoadedLibrary> loading) {
        return present(folder, loading, ++generation);
    }

    private CompletableFuture<Void> present(Optional<Path> folder, CompletableFuture<AppState.LoadedLibrary> loading,
                                            long thisLoad) {
        userFolder = folder;
        watch(folder);
        CompletableFuture<AppState.LoadedLibrary> safe = loading.exceptionally(e -> failure(folder, e));
        AppState.LoadedLibrary ready = safe.getNow(null);
        if (ready != null && thisLoad == generation) {
            state.finishLoading(ready);
            prepareSearchSoon(ready);
            return CompletableFuture.completedFuture(null);
        }
        state.startLoading();
        return safe.thenAcceptAsync(library -> {
            if (thisLoad == generation && library != null) {
                state.finishLoading(library);
                prepareSearchSoon(library);
            }
        }, tasks.fx());
    }

    /**
     * Builds a large library's search index once the cards have had time to show: building it
     * at once would compete with the first frame for the processor. A search typed sooner
     * starts it itself and waits for it.
     */
    private void prepareSearchSoon(AppState.LoadedLibrary library) {
        CompletableFuture.delayedExecutor(SEARCH_INDEX_DELAY.toMillis(), TimeUnit.MILLISECONDS, tasks.library())
                .execute(library.index()::prepareSearch);
    }

    /** Stops watching the user folder. */
    @Override
    public void close() {
        watch(Optional.empty());
    }

    private void watch(Optional<Path> folder) {
        if (watcher != null && folder.isPresent() && watcher.folder().equals(folder.get())) {
            return;
        }
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        folder.ifPresent(f -> watcher = LibraryWatcher.start(f, () -> tasks.fx().execute(() -> {
            if (userFolder.equals(Optional.of(f))) {
                reload();
            }
        })));
    }

    /** Starts loading on {@code background}; needs neither the toolkit nor a window. */
    public static CompletableFuture<AppState.LoadedLibrary> loadInBackground(LibraryLoader loader,
                                                                            Optional<Path> folder,
                                                                            Executor background) {
        return CompletableFuture.supplyAsync(() -> loadNow(loader, folder), background);
    }

    public static AppState.LoadedLibrary loadNow(LibraryLoader loader, Optional<Path> folder) {
        // What a save killed part-way left behind; a write under way (its process is alive) is kept.
        folder.ifPresent(f -> PartFiles.removeLeftovers(f, java.time.Instant.now()));
        try {
            return AppState.LoadedLibrary.of(loader.open(folder));
        } catch (RuntimeException e) {
            return failure(folder, e);
        }
    }

    /** Never leave the window empty without a word: a failed load becomes a problem. */
    private static AppState.LoadedLibrary failure(Optional<Path> folder, Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return AppState.LoadedLibrary.of(new Library(List.of(), List.of(), List.of(),
                List.of(Problem.inFile(folder.map(Path::toString).orElse("cases"), ProblemKind.LOAD_FAILED,
                        Wording.LIBRARY_NOT_LOADED.with(cause)))));
    }
}
