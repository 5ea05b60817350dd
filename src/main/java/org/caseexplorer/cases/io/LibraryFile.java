package org.caseexplorer.cases.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.ProblemWords;
import org.caseexplorer.cases.Wording;

/**
 * One file of a library folder, opened for reading only if it is safe to read: a regular file,
 * or a symbolic link to a regular file inside the same folder. Named pipes, devices, sockets and
 * folders are refused before they are opened (opening a FIFO would wait for a writer forever; a
 * device such as /dev/zero reports size 0 and never ends). What is read is bounded in bytes and
 * in time: past {@code maxBytes} the read stops, and a read still running at its deadline is
 * cut off by closing the file under it.
 */
public final class LibraryFile implements AutoCloseable {

    /** The largest JSON file of a library read (a case, a view, a draft), and the time its read may take. */
    public static final long JSON_MAX_BYTES = 5L * 1024 * 1024;
    public static final Duration JSON_DEADLINE = Duration.ofSeconds(5);

    /**
     * A file that is not read, with the reason for the person who wrote the library: what kind
     * of problem the file is, and the words that say why ("is a folder, not a regular file; …"),
     * which the message of a problem about the file may take in whole or as a part.
     */
    public static final class Refused extends IOException {
        private final ProblemKind kind;
        private final Phrase reason;

        public Refused(ProblemKind kind, Phrase reason) {
            this.kind = kind;
            this.reason = reason;
        }

        /** What kind of problem the file is, when it is a library file refused on its own. */
        public ProblemKind kind() {
            return kind;
        }

        public Phrase reason() {
            return reason;
        }

        /** The reason in English, for logs and for callers that show an exception's message. */
        @Override
        public String getMessage() {
            return ProblemWords.in(Lang.EN).say(reason);
        }
    }

    /** One daemon thread for every deadline: a read that overruns is closed from here. */
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private final ReadableByteChannel channel;
    private final long size;
    private final long maxBytes;
    private final Duration deadline;
    private final Watch watch;

    private LibraryFile(ReadableByteChannel channel, long size, long maxBytes, Duration deadline, Watch watch) {
        this.channel = channel;
        this.size = size;
        this.maxBytes = maxBytes;
        this.deadline = deadline;
        this.watch = watch;
    }

    /**
     * One file's deadline, armed before the file is opened: past it, a read under way is cut off
     * by closing the channel; an open still under way (a file swapped for a FIFO between the check
     * and the open waits in {@code open()} for a writer, and Java 17 has no non-blocking open) is
     * freed by opening the pipe's write end, on a thread of its own, after which the opener sees
     * the deadline passed and gives up. No thread is handed the open: that cost 40 µs a file.
     *
     * <p>The race that remains: if the path changes again between the stuck open and the freeing
     * one (back to a regular file, say), the freeing open finds that file instead, opens it for
     * writing without creating or truncating it, and closes it untouched; the FIFO opened first
     * then waits for some other writer, holding the opener's thread. And a FIFO whose reader has
     * just gone holds the freeing thread, a daemon, until a reader comes.
     */
    private static final class Watch {
        private final Path file;
        private final AtomicBoolean timedOut = new AtomicBoolean();
        private final ScheduledFuture<?> alarm;
        private Closeable opened;

        Watch(Path file, Duration deadline) {
            this.file = file;
            this.alarm = WATCHDOG.schedule(this::timeUp, deadline.toNanos(), TimeUnit.NANOSECONDS);
        }

        /** The open returned in time (true), or after the deadline (false: the caller closes it). */
        synchronized boolean opened(Closeable channel) {
            if (timedOut.get()) {
                return false;
            }
            opened = channel;
            return true;
        }

        private void timeUp() {
            Closeable channel;
            synchronized (this) {
                timedOut.set(true);
                channel = opened;
            }
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // Closing is all that is left to try; the reader sees the channel closed either way.
                }
            } else if (file != null) {
                Thread freeing = new Thread(() -> {
                    try (FileChannel writeEnd = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        // Opened and closed: the stuck open returns, and its first read finds the end.
                    } catch (IOException | RuntimeException ignored) {
                        // Nothing more to try.
                    }
                }, "library-open-freed");
                freeing.setDaemon(true);
                freeing.start();
            }
        }

        void cancel() {
            alarm.cancel(false);
        }
    }

    /**
     * Opens {@code file}, which lies in {@code folder}, once it is known to be a regular file (or
     * a link to one inside {@code folder}) of at most {@code maxBytes}.
     *
     * @throws Refused with the reason when the file is not one to read
     * @throws IOException when it cannot be read
     */
    public static LibraryFile open(Path file, Path folder, long maxBytes, Duration deadline) throws IOException {
        BasicFileAttributes attributes = checkKind(file, folder);
        if (attributes.size() > maxBytes) {
            throw new Refused(ProblemKind.FILE_TOO_LARGE, FileSizes.tooLarge(attributes.size(), maxBytes));
        }
        return openChecked(file, attributes.size(), maxBytes, deadline);
    }

    /** Opens a file already known to be safe to open; the deadline starts now. */
    public static LibraryFile openChecked(Path file, long size, long maxBytes, Duration deadline) throws IOException {
        // A file in the app's jar (the built-in library) is read as a stream: the zip file
        // system makes a FileChannel by unpacking the entry into a temporary file beside the
        // jar, which an installed app, read-only in /opt, may not write.
        if (!FileSystems.getDefault().equals(file.getFileSystem())) {
            Watch watch = new Watch(null, deadline);
            ReadableByteChannel stream = Channels.newChannel(Files.newInputStream(file));
            watch.opened(stream);
            return new LibraryFile(stream, size, maxBytes, deadline, watch);
        }
        Watch watch = new Watch(file, deadline);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
            watch.cancel();
            throw e;
        }
        if (!watch.opened(channel)) {
            channel.close();
            throw tooSlow(deadline);
        }
        return new LibraryFile(channel, size, maxBytes, deadline, watch);
    }

    /**
     * Refuses {@code path} unless, with every link on the way to it followed, it lies inside the
     * library folder {@code library} (itself resolved once: a Documents folder that is a link is
     * fine). A folder of the library's ({@code sources/}, {@code views/}, {@code .drafts/},
     * {@code .history/<id>/}) that is a link to {@code /etc} would otherwise be read from and
     * written to outside it. The part of {@code path} that does not exist yet is judged by the
     * part that does.
     *
     * @throws Refused when it leads outside
     */
    public static void requireInside(Path library, Path path) throws IOException {
        Path root = library.toRealPath();
        Path existing = path.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing == null ? path.toAbsolutePath().normalize() : existing.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused(ProblemKind.NOT_A_REGULAR_FILE, Wording.FILE_LINK_TO_NOTHING.with());
        }
        if (!real.startsWith(root)) {
            throw new Refused(ProblemKind.NOT_A_REGULAR_FILE, Wording.FILE_LINK_OUTSIDE.with());
        }
    }

    /**
     * What {@code file} is, refused unless it is a regular file or a link that leads to one
     * inside {@code folder}. Links are followed inside the folder (a library may keep one file
     * under two names), never out of it, like an image's path.
     */
    static BasicFileAttributes checkKind(Path file, Path folder) throws IOException {
        BasicFileAttributes own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (own.isRegularFile()) {
            return own;
        }
        if (!own.isSymbolicLink()) {
            throw new Refused(ProblemKind.NOT_A_REGULAR_FILE, Wording.FILE_NOT_REGULAR.with(kindPhrase(file, own)));
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused(ProblemKind.NOT_A_REGULAR_FILE, Wording.FILE_LINK_TO_NOTHING.with());
        }
        if (!target.startsWith(folder.toRealPath())) {
            throw new Refused(ProblemKind.NOT_A_REGULAR_FILE, Wording.FILE_LINK_OUTSIDE.with());
        }
        BasicFileAttributes resolved = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!resolved.isRegularFile()) {
            throw new Refused(ProblemKind.NOT_A_REGULAR_FILE,
                    Wording.FILE_LINK_TO_NOT_REGULAR.with(kindPhrase(target, resolved)));
        }
        return resolved;
    }

    /** What a file that is not a regular file is, in English words: "a folder", "a named pipe (FIFO)". */
    public static String kindOf(Path file, BasicFileAttributes attributes) {
        return ProblemWords.in(Lang.EN).say(kindPhrase(file, attributes));
    }

    /** What a file that is not a regular file is: a folder, a named pipe (FIFO), a character device. */
    static Phrase kindPhrase(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return Wording.FILE_KIND_FOLDER.with();
        }
        if (attributes.isSymbolicLink()) {
            return Wording.FILE_KIND_LINK.with();
        }
        return (switch (unixType(file)) {
            case 0010000 -> Wording.FILE_KIND_PIPE;
            case 0020000 -> Wording.FILE_KIND_CHARACTER_DEVICE;
            case 0060000 -> Wording.FILE_KIND_BLOCK_DEVICE;
            case 0140000 -> Wording.FILE_KIND_SOCKET;
            default -> Wording.FILE_KIND_SPECIAL;
        }).with();
    }

    /** The file type bits of st_mode where the system tells them, else 0. */
    private static int unixType(Path file) {
        if (!FileSystems.getDefault().equals(file.getFileSystem())
                || !FileSystems.getDefault().supportedFileAttributeViews().contains("unix")) {
            return 0;
        }
        try {
            Object mode = Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return mode instanceof Integer m ? m & 0170000 : 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    /** The whole file, at most {@code maxBytes}. */
    public byte[] readAll() throws IOException {
        // One byte more than the size the file reported: reading it means the file grew.
        int capacity = (int) Math.min(size, maxBytes) + 1;
        byte[] bytes = new byte[capacity];
        int length = 0;
        try {
            while (true) {
                if (length == bytes.length) {
                    if (length > maxBytes) {
                        throw new Refused(ProblemKind.FILE_TOO_LARGE, FileSizes.grewTooLarge(maxBytes));
                    }
                    bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(length * 2L, 8192), maxBytes + 1));
                }
                int n = channel.read(ByteBuffer.wrap(bytes, length, bytes.length - length));
                if (n < 0) {
                    break;
                }
                length += n;
            }
        } catch (AsynchronousCloseException e) {
            throw watch.timedOut.get() ? tooSlow() : e;
        }
        if (length > maxBytes) {
            throw new Refused(ProblemKind.FILE_TOO_LARGE, FileSizes.grewTooLarge(maxBytes));
        }
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    /**
     * The file as a stream that ends with a {@link Refused} past {@code maxBytes} or past the
     * deadline, for readers (an image's) that need only part of it.
     */
    public InputStream stream() {
        InputStream raw = Channels.newInputStream(channel);
        return new InputStream() {
            private long read;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (read > maxBytes) {
                    throw new Refused(ProblemKind.FILE_TOO_LARGE, FileSizes.grewTooLarge(maxBytes));
                }
                try {
                    int n = raw.read(buffer, offset, (int) Math.min(length, maxBytes + 1 - read));
                    read += Math.max(n, 0);
                    return n;
                } catch (AsynchronousCloseException e) {
                    throw watch.timedOut.get() ? tooSlow() : e;
                }
            }
        };
    }

    private Refused tooSlow() {
        return tooSlow(deadline);
    }

    private static Refused tooSlow(Duration deadline) {
        Phrase time = deadline.toMillis() % 1000 == 0 ? Wording.TIME_SECONDS.with(deadline.toSeconds())
                : Wording.TIME_MILLISECONDS.with(deadline.toMillis());
        return new Refused(ProblemKind.READ_TIMED_OUT, Wording.FILE_TOO_SLOW.with(time));
    }

    @Override
    public void close() throws IOException {
        watch.cancel();
        channel.close();
    }

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "library-read-deadline");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
