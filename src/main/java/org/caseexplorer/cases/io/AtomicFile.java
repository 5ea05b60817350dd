package org.caseexplorer.cases.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.caseexplorer.cases.Printable;

/**
 * Writes a file so that it is either complete or not there at all: the bytes go to a hidden
 * temporary file beside the target, which is synced and then moved over the target in one step.
 * A failure or a cancellation part-way deletes the temporary file and leaves any existing
 * target untouched.
 *
 * <p>What may be written: a regular file, which is replaced, or a name that is not there yet.
 * A symbolic link is followed to the file it names, as an editor saving through a link does, and
 * that file is replaced (atomically, from a temporary file in its own folder); the link stays.
 * Anything else (a folder, a device, a named pipe, a socket) is refused before any work is done.
 */
public final class AtomicFile {

    /** Links followed before giving up, as the system's own limit for a path. */
    private static final int MAX_LINKS = 40;

    /** What writes the content; it must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A target that cannot be written, with a message naming the path and the reason, on one line. */
    public static final class UnwritableException extends IOException {
        public UnwritableException(Path target, String reason, Throwable cause) {
            super(Printable.escape("cannot write " + target + ": " + reason), cause);
        }
    }

    private AtomicFile() {
    }

    /**
     * Checks, before any work is done, that {@code target} can be written; throws if not.
     *
     * @return the file that will be written: {@code target}, or the file a link there names
     */
    public static Path checkWritable(Path target) throws UnwritableException {
        if (target.getFileName() == null) {
            throw new UnwritableException(target, "it is not a file name", null);
        }
        Path file = followLinks(target);
        BasicFileAttributes attributes = attributes(file);
        if (attributes != null && !attributes.isRegularFile()) {
            String kind = LibraryFile.kindOf(file, attributes);
            throw new UnwritableException(target, (file.equals(target.toAbsolutePath()) ? "it is " : "it leads to ")
                    + kind + (attributes.isDirectory() ? "" : ", not a regular file") + "; only a regular file or a"
                    + " new name can be written", null);
        }
        Path folder = file.getParent();
        checkFolder(target, folder);
        if (!Files.isWritable(folder)) {
            // A disk mounted read-only (a locked SD card, a full disk remounted by the system) is
            // not a matter of permissions: said as what it is, so the user looks in the right place.
            throw new UnwritableException(target, readOnlyDisk(folder) ? "the disk holding " + folder + " is read-only"
                    : "no permission to write in " + folder, null);
        }
        if (attributes != null && !Files.isWritable(file)) {
            throw new UnwritableException(target, "the existing file is read-only", null);
        }
        return file;
    }

    private static boolean readOnlyDisk(Path folder) {
        try {
            return Files.getFileStore(folder).isReadOnly();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The folder must be there and be a folder; says which part of the path is wrong if not. */
    private static void checkFolder(Path target, Path folder) throws UnwritableException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path missing = folder;
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new UnwritableException(target, p + " is a file, not a folder", null);
                }
                break;
            }
            missing = p;
        }
        throw new UnwritableException(target, "the folder " + missing + " does not exist", null);
    }

    /** The absolute path a chain of links at {@code target} ends at (it may not exist yet). */
    private static Path followLinks(Path target) throws UnwritableException {
        Path path = target.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(path)) {
                return path;
            }
            try {
                path = path.resolveSibling(Files.readSymbolicLink(path)).toAbsolutePath();
            } catch (IOException e) {
                throw unwritable(target, path.getParent(), e);
            }
        }
        throw new UnwritableException(target, "too many symbolic links in a row", null);
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Writes {@code content} to {@code target} atomically. Every failure to write, a full disk
     * or a file-size limit included, is an {@link UnwritableException} that names the target.
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = checkWritable(target);
        Path folder = file.getParent();
        Path temporary;
        try {
            // Named with this process, so that a leftover of a crash can be told from a write under way.
            temporary = Files.createTempFile(folder, PartFiles.prefix(file), PartFiles.SUFFIX);
        } catch (IOException e) {
            throw unwritable(target, folder, e);
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
            givePermissions(temporary, file);
            move(temporary, file);
            moved = true;
        } catch (UnwritableException e) {
            throw e;
        } catch (IOException e) {
            throw unwritable(target, folder, e);
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

    static UnwritableException unwritable(Path target, Path folder, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            // The folder was there a moment ago: a place such as /proc, where no file can be made.
            reason = folder != null && Files.isDirectory(folder)
                    ? "no new file can be made in " + folder
                    : "the folder does not exist";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new UnwritableException(target, reason, e);
    }
}
