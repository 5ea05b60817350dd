package org.caseexplorer.cases;

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

/**
 * One file of a library folder, opened for reading only if it is safe to read: a regular file,
 * or a symbolic link to a regular file inside the same folder. Named pipes, devices, sockets and
 * folders are refused before they are opened (opening a FIFO would wait for a writer forever; a
 * device such as /dev/zero reports size 0 and never ends). What is read is bounded in bytes and
 * in time: past {@code maxBytes} the read stops, and a read still running at its deadline is
 * cut off by closing the file under it.
 */
public final class LibraryFile implements AutoCloseable {

    /** A file that is not read, with the reason in words for the person who wrote the library. */
    public static final class Refused extends IOException {
        public Refused(String reason) {
            super(reason);
        }
    }

    /** One daemon thread for every deadline: a read that overruns is closed from here. */
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private final ReadableByteChannel channel;
    private final long size;
    private final long maxBytes;
    private final Duration deadline;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final ScheduledFuture<?> alarm;

    private LibraryFile(ReadableByteChannel channel, long size, long maxBytes, Duration deadline) {
        this.channel = channel;
        this.size = size;
        this.maxBytes = maxBytes;
        this.deadline = deadline;
        this.alarm = WATCHDOG.schedule(this::timeUp, deadline.toNanos(), TimeUnit.NANOSECONDS);
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
            throw new Refused(FileSizes.tooLarge(attributes.size(), maxBytes));
        }
        return openChecked(file, attributes.size(), maxBytes, deadline);
    }

    /** Opens a file already known to be safe to open; the deadline starts now. */
    static LibraryFile openChecked(Path file, long size, long maxBytes, Duration deadline) throws IOException {
        // A file in the app's jar (the built-in library) is read as a stream: the zip file
        // system makes a FileChannel by unpacking the entry into a temporary file beside the
        // jar, which an installed app, read-only in /opt, may not write.
        ReadableByteChannel channel = FileSystems.getDefault().equals(file.getFileSystem())
                ? FileChannel.open(file, StandardOpenOption.READ)
                : Channels.newChannel(Files.newInputStream(file));
        return new LibraryFile(channel, size, maxBytes, deadline);
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
            throw new Refused(notRegular(file, own));
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused("is a link to a file that does not exist");
        }
        if (!target.startsWith(folder.toRealPath())) {
            throw new Refused("is a link that leads outside the library folder; links are followed only inside it");
        }
        BasicFileAttributes resolved = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!resolved.isRegularFile()) {
            throw new Refused("is a link to " + notRegular(target, resolved).substring("is ".length()));
        }
        return resolved;
    }

    /** "is a named pipe (FIFO), not a regular file; …" and the like. */
    private static String notRegular(Path file, BasicFileAttributes attributes) {
        return "is " + kindOf(file, attributes) + ", not a regular file; only regular files are read";
    }

    /** What a file that is not a regular file is, in words: "a folder", "a named pipe (FIFO)", "a character device". */
    public static String kindOf(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        return switch (unixType(file)) {
            case 0010000 -> "a named pipe (FIFO)";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> "a special file";
        };
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
                        throw new Refused(FileSizes.grewTooLarge(maxBytes));
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
            throw timedOut.get() ? tooSlow() : e;
        }
        if (length > maxBytes) {
            throw new Refused(FileSizes.grewTooLarge(maxBytes));
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
                    throw new Refused(FileSizes.grewTooLarge(maxBytes));
                }
                try {
                    int n = raw.read(buffer, offset, (int) Math.min(length, maxBytes + 1 - read));
                    read += Math.max(n, 0);
                    return n;
                } catch (AsynchronousCloseException e) {
                    throw timedOut.get() ? tooSlow() : e;
                }
            }
        };
    }

    private Refused tooSlow() {
        String time = deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms";
        return new Refused("could not be read within " + time + "; is it on a slow or stalled drive?");
    }

    private void timeUp() {
        timedOut.set(true);
        try {
            channel.close();
        } catch (IOException e) {
            // Closing is all that is left to try; the reader sees the channel closed either way.
        }
    }

    @Override
    public void close() throws IOException {
        alarm.cancel(false);
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
