package org.caseexplorer.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Writes a file so that it is either complete or not there at all: the bytes go to a hidden
 * temporary file beside the target, which is synced and then moved over the target in one step.
 * A failure or a cancellation part-way deletes the temporary file and leaves any existing
 * target untouched.
 */
public final class AtomicFile {

    /** What writes the content; it must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A target that cannot be written, with a message naming the path and the reason. */
    public static final class UnwritableException extends IOException {
        public UnwritableException(Path target, String reason, Throwable cause) {
            super("cannot write " + target + ": " + reason, cause);
        }
    }

    private AtomicFile() {
    }

    /** Checks, before any work is done, that {@code target} can be written; throws if not. */
    public static void checkWritable(Path target) throws UnwritableException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            throw new UnwritableException(target, "it is not a file name", null);
        }
        if (Files.isDirectory(absolute)) {
            throw new UnwritableException(target, "it is a folder", null);
        }
        if (!Files.isDirectory(folder)) {
            throw new UnwritableException(target, "the folder " + folder + " does not exist", null);
        }
        if (!Files.isWritable(folder)) {
            throw new UnwritableException(target, "no permission to write in " + folder, null);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new UnwritableException(target, "the existing file is read-only", null);
        }
    }

    /** Writes {@code content} to {@code target} atomically. */
    public static void write(Path target, Content content) throws IOException {
        checkWritable(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path temporary;
        try {
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw unwritable(target, e);
        }
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("export cancelled");
            }
            givePermissions(temporary, absolute);
            move(temporary, absolute);
            moved = true;
        } catch (FileSystemException e) {
            throw unwritable(target, e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * A temporary file is private to its owner; the finished file gets the permissions of the
     * file it replaces, or the usual rw-r--r-- of a new document, where the system has them.
     */
    private static void givePermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static UnwritableException unwritable(Path target, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "the folder does not exist";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new UnwritableException(target, reason, e);
    }
}
