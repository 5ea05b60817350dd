package org.caseexplorer.state;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.caseexplorer.cases.io.LibraryLoader;

/**
 * One library load under way: the library as read so far while a large folder is still being
 * read (the built-in cases first, then the folder's in batches), and the whole library at the
 * end. The loading thread tells it what it has; the window follows it from the FX thread.
 */
public final class LibraryLoad {

    private final CompletableFuture<AppState.LoadedLibrary> whole;
    // Guarded by this: the loading thread sets them, the FX thread reads them.
    private AppState.LoadedLibrary sofar;
    private Consumer<AppState.LoadedLibrary> follower;

    private LibraryLoad(CompletableFuture<AppState.LoadedLibrary> whole) {
        this.whole = whole;
    }

    /** A load to be read by {@link #read}. */
    LibraryLoad() {
        this(new CompletableFuture<>());
    }

    /** A load whose whole library comes from {@code whole}, told nothing on the way. */
    static LibraryLoad of(CompletableFuture<AppState.LoadedLibrary> whole) {
        return new LibraryLoad(whole);
    }

    /**
     * Starts loading the built-in library and the folder (if any) on {@code on}, once the loader
     * and the folder are known (at start-up both come from earlier work on that thread), telling
     * what it has read so far as it goes; {@code beforeRead} is given both first, on that thread.
     * Needs neither the toolkit nor a window.
     */
    public static LibraryLoad start(CompletableFuture<LibraryLoader> loader, CompletableFuture<Optional<Path>> folder,
                                    Executor on, BiConsumer<LibraryLoader, Optional<Path>> beforeRead) {
        LibraryLoad load = new LibraryLoad();
        loader.thenAcceptBothAsync(folder, (l, f) -> {
            beforeRead.accept(l, f);
            load.read(l, f, true);
        }, on).exceptionally(failure -> {
            load.whole.completeExceptionally(failure);
            return null;
        });
        return load;
    }

    /** Reads the library now, on this thread; {@code inParts}: telling what it has read so far as it goes. */
    void read(LibraryLoader loader, Optional<Path> folder, boolean inParts) {
        try {
            AppState.LoadedLibrary library = LibraryService.loadNow(loader, folder, inParts ? this::grew : null);
            // The parts are done with: the last one (10,000 cases read in parts leave one of
            // 7,750, with its index) must not stay in memory beside the whole library.
            synchronized (this) {
                sofar = null;
            }
            whole.complete(library);
        } catch (RuntimeException | Error e) {
            whole.completeExceptionally(e);
            throw e;
        }
    }

    /** A newer load was asked for before this one began: it reads nothing, and shows nothing. */
    void skip() {
        whole.complete(null);
    }

    /** The whole library, once every file is read and checked. */
    public CompletableFuture<AppState.LoadedLibrary> whole() {
        return whole;
    }

    /** On the loading thread: the library has grown to {@code library}. */
    synchronized void grew(AppState.LoadedLibrary library) {
        sofar = Objects.requireNonNull(library);
        if (follower != null) {
            follower.accept(library);
        }
    }

    /**
     * Hands {@code follower} each library as read so far from now on (on the loading thread),
     * and returns the latest one told before, or null: nothing told is missed or told twice.
     */
    synchronized AppState.LoadedLibrary follow(Consumer<AppState.LoadedLibrary> follower) {
        this.follower = follower;
        return sofar;
    }
}
