package org.caseexplorer.state;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.caseexplorer.cases.io.PartFiles;

/**
 * Watches a library folder and calls {@code onChange} once things have settled after a case
 * file was added, changed or deleted, so an editor's burst of writes gives one reload. When the
 * folder itself goes away (deleted, renamed, no longer readable) it calls {@code onChange} too,
 * so the load reports the problem, then looks for the folder again every second and resumes
 * when it is back. Plain Java on one daemon thread; never throws at its caller.
 */
final class LibraryWatcher implements AutoCloseable {

    /** Quiet time after the last event before reloading. */
    static final Duration SETTLE = Duration.ofMillis(250);
    /** How often a missing or unreadable folder is looked for again. */
    static final Duration RETRY = Duration.ofSeconds(1);

    private final Path folder;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean closed;
    private volatile WatchService service;

    private LibraryWatcher(Path folder, Runnable onChange) {
        this.folder = folder;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "library-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching {@code folder}; {@code onChange} runs on the watcher's thread. */
    static LibraryWatcher start(Path folder, Runnable onChange) {
        LibraryWatcher watcher = new LibraryWatcher(folder, onChange);
        watcher.thread.start();
        return watcher;
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        closed = true;
        WatchService current = service;
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // Closing only wakes the thread; nothing is lost if it fails.
            }
        }
        thread.interrupt();
    }

    private void run() {
        // Whether the folder has been reported gone (missing, renamed, replaced, unreadable).
        boolean away = false;
        while (!closed) {
            Object identity = identity();
            if (identity != null) {
                try (WatchService watching = FileSystems.getDefault().newWatchService()) {
                    service = watching;
                    folder.register(watching, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                    if (away) {
                        // Back (restored, renamed back, readable again): show what it holds now.
                        away = false;
                        notifyChange();
                    }
                    watch(watching, identity);
                } catch (ClosedWatchServiceException | InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    // Cannot be watched now; the load reports why, and it is tried again below.
                }
            }
            if (closed) {
                return;
            }
            if (!away) {
                away = true;
                notifyChange();
            }
            if (!sleep(RETRY)) {
                return;
            }
        }
    }

    /**
     * Returns when the folder is no longer the one being watched: deleted, renamed away (a watch
     * follows the folder, not its path), replaced by another, or no longer readable.
     */
    private void watch(WatchService watching, Object identity) throws InterruptedException {
        while (!closed) {
            WatchKey key = watching.poll(RETRY.toMillis(), TimeUnit.MILLISECONDS);
            if (key == null) {
                if (!identity.equals(identity())) {
                    return;
                }
                continue;
            }
            boolean relevant = relevant(key);
            boolean valid = key.reset();
            // Let a burst of writes (an editor's save, a copy of many files) settle first.
            WatchKey more;
            while (valid && (more = watching.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                relevant |= relevant(more);
                valid = more.reset();
            }
            if (!valid || !identity.equals(identity())) {
                return;
            }
            if (relevant) {
                notifyChange();
            }
        }
    }

    /** The folder's file key (device and inode) if it is a readable folder now, else null. */
    private Object identity() {
        try {
            if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
                return null;
            }
            Object key = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
            return key != null ? key : folder;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Case files and definitions are *.json; editors' swap and backup files are not, nor the
     * hidden part files of an atomic write, which end in .part (the move into place is the event).
     */
    private static boolean relevant(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
            } else if (event.context() instanceof Path name && name.toString().endsWith(".json")
                    && !name.toString().startsWith(".") && !PartFiles.isPartFile(name.toString())) {
                relevant = true;
            }
        }
        return relevant;
    }

    private void notifyChange() {
        if (closed) {
            return;
        }
        try {
            onChange.run();
        } catch (RuntimeException e) {
            // The reload reports its own failures; a failing callback must not end the watching.
        }
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
