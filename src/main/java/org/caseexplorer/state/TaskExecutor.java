package org.caseexplorer.state;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Where the window's slow work runs: made once by the composition root and handed to whatever
 * needs it, so nothing picks the common pool or a thread of its own, and tests run it all inline.
 * Three lanes, each one thread, so that one kind of work never waits behind another:
 * <ul>
 * <li>{@link #library()}: reading and checking the library (a reload asked for while one is
 * queued makes the queued one skip its read: the latest wins; see {@link LibraryService});</li>
 * <li>{@link #exports()}: exports and prints, which take seconds: a PDF being written never delays
 * a reload or a save;</li>
 * <li>{@link #files()}: short reads and writes of the user's files in the order asked (saves,
 * drafts, deletes, a new library, saved views, source texts) and small computations for a view
 * (the map's layout, a picture decoded);</li>
 * <li>{@link #checks()}: the case editor's check of the case as it is typed (its quotes against
 * source texts that may be megabytes long), so typing never waits for it, nor a save behind it.</li>
 * </ul>
 * Results come back on {@link #fx()}, the FX thread in the app.
 */
public final class TaskExecutor implements AutoCloseable {

    private final Executor library;
    private final Executor exports;
    private final Executor files;
    private final Executor checks;
    private final Executor fx;
    private final List<ExecutorService> owned;

    private TaskExecutor(Executor library, Executor exports, Executor files, Executor checks, Executor fx,
                         List<ExecutorService> owned) {
        this.library = library;
        this.exports = exports;
        this.files = files;
        this.checks = checks;
        this.fx = fx;
        this.owned = owned;
    }

    /** The app's: a daemon thread per lane, results on {@code fx}. */
    public static TaskExecutor threads(Executor fx) {
        return threads(lane("case-explorer-library"), fx);
    }

    /**
     * The app's, with the library lane already running (the start-up's preload reads the library
     * on it before the window exists).
     */
    public static TaskExecutor threads(ExecutorService library, Executor fx) {
        ExecutorService exports = lane("case-explorer-exports");
        ExecutorService files = lane("case-explorer-files");
        ExecutorService checks = lane("case-explorer-checks");
        return new TaskExecutor(library, exports, files, checks, fx, List.of(library, exports, files, checks));
    }

    /** Everything on the calling thread, at once: for tests of flows. */
    public static TaskExecutor inline() {
        return new TaskExecutor(Runnable::run, Runnable::run, Runnable::run, Runnable::run, Runnable::run, List.of());
    }

    /**
     * Lanes the caller runs (and shuts down itself): for tests that run some work inline and hold
     * other work back. The editor's checks run inline.
     */
    public static TaskExecutor lanes(Executor library, Executor exports, Executor files, Executor fx) {
        return lanes(library, exports, files, Runnable::run, fx);
    }

    /** Lanes the caller runs, the editor's checks among them. */
    public static TaskExecutor lanes(Executor library, Executor exports, Executor files, Executor checks, Executor fx) {
        return new TaskExecutor(library, exports, files, checks, fx, List.of());
    }

    private static ExecutorService lane(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    public Executor library() {
        return library;
    }

    public Executor exports() {
        return exports;
    }

    public Executor files() {
        return files;
    }

    public Executor checks() {
        return checks;
    }

    public Executor fx() {
        return fx;
    }

    /**
     * Runs {@code work} on {@code lane}, then hands its result to {@code done} or its failure (the
     * cause, not the future's wrapper) to {@code failed}, on the FX thread.
     */
    public <T> CompletableFuture<Void> run(Executor lane, Callable<T> work, Consumer<T> done,
                                           Consumer<Throwable> failed) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, lane).handleAsync((result, error) -> {
            if (error != null) {
                failed.accept(cause(error));
            } else {
                done.accept(result);
            }
            return null;
        }, fx);
    }

    /** The failure a future wrapped. */
    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** What went wrong in words: the innermost cause's message (a future wraps it in layers). */
    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    @Override
    public void close() {
        owned.forEach(ExecutorService::shutdownNow);
    }
}
