package org.caseexplorer.state;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.cases.io.PartFiles;

/**
 * Loads the library on the {@link TaskExecutor#library() library lane} and hands the result to
 * the FX thread; the executor is injected, so tests can run everything inline. A large folder
 * shows as it is read ({@link LibraryLoad}): the built-in cases first, then the folder's in
 * batches, the state saying it is still loading until the whole library, checked as one, takes
 * their place. The latest load wins: one asked for while an older one waits makes the older
 * skip its read, and a slow load (or a part of it) that comes after a newer one started is never shown. While a user folder is open it is watched:
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

    /**
     * Loads the built-in library plus the given folder (if any), replacing what is shown. A
     * folder other than the one shown comes in as it is read: its first cards show while the
     * rest are read and checked.
     */
    public CompletableFuture<Void> load(Optional<Path> folder) {
        return load(folder, !folder.equals(userFolder));
    }

    /**
     * Loads the folder shown again (a file of it changed): the cards shown stay until the new
     * library is whole, so none goes and comes back.
     */
    public CompletableFuture<Void> reload() {
        return load(userFolder, false);
    }

    private CompletableFuture<Void> load(Optional<Path> folder, boolean inParts) {
        long thisLoad = ++generation;
        LibraryLoad reading = new LibraryLoad();
        tasks.library().execute(() -> {
            // A newer load asked for before this one started: this one need not read at all.
            if (thisLoad == generation) {
                reading.read(loader, folder, inParts);
            } else {
                reading.skip();
            }
        });
        return present(folder, reading, thisLoad);
    }

    /**
     * Shows a load that is already under way, e.g. one started before the window existed. If it
     * has already finished, the state takes it at once, so the first frame has the cards in it;
     * else the cases read so far, the built-in ones first, while the rest are read.
     */
    public CompletableFuture<Void> show(Optional<Path> folder, LibraryLoad loading) {
        return present(folder, loading, ++generation);
    }

    /** Shows a load whose whole library is all it tells. */
    public CompletableFuture<Void> show(Optional<Path> folder, CompletableFuture<AppState.LoadedLibrary> loading) {
        return show(folder, LibraryLoad.of(loading));
    }

    private CompletableFuture<Void> present(Optional<Path> folder, LibraryLoad loading, long thisLoad) {
        userFolder = folder;
        watch(folder);
        CompletableFuture<AppState.LoadedLibrary> safe = loading.whole().exceptionally(e -> failure(folder, e));
        AppState.LoadedLibrary ready = safe.getNow(null);
        if (ready != null && thisLoad == generation) {
            state.finishLoading(ready);
            prepareSearchSoon(ready);
            return CompletableFuture.completedFuture(null);
        }
        state.startLoading();
        // Until it is whole, what has been read shows, each part as it comes (in order: each is
        // handed to the FX thread before the next, and the whole after the last).
        boolean[] whole = new boolean[1];
        AppState.LoadedLibrary sofar = loading.follow(part -> tasks.fx().execute(() -> {
            if (thisLoad == generation && !whole[0]) {
                state.showLoadedSoFar(part);
            }
        }));
        if (sofar != null) {
            state.showLoadedSoFar(sofar);
        }
        return safe.thenAcceptAsync(library -> {
            whole[0] = true;
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

    public static AppState.LoadedLibrary loadNow(LibraryLoader loader, Optional<Path> folder) {
        return loadNow(loader, folder, null);
    }

    /**
     * Reads the library now, on this thread; {@code sofar}, unless null, is told the library as
     * read so far (with its index) while a large folder is read.
     */
    static AppState.LoadedLibrary loadNow(LibraryLoader loader, Optional<Path> folder,
                                          java.util.function.Consumer<AppState.LoadedLibrary> sofar) {
        // What a save killed part-way left behind; a write under way (its process is alive) is kept.
        folder.ifPresent(f -> PartFiles.removeLeftovers(f, java.time.Instant.now()));
        try {
            return AppState.LoadedLibrary.of(sofar == null ? loader.open(folder)
                    : loader.open(folder, part -> sofar.accept(AppState.LoadedLibrary.of(part))));
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
