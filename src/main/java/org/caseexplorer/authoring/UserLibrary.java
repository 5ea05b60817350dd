package org.caseexplorer.authoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.caseexplorer.cases.io.AtomicFile;
import org.caseexplorer.cases.io.LibraryFile;
import org.caseexplorer.cases.io.LibraryFormat;

/**
 * The user's own library folder as something that is written: each save goes through
 * {@link AtomicFile}, and the version it replaces (or a deleted file) goes to the
 * {@link CaseHistory} first. Nothing here ever writes an empty file, or a file over a case whose
 * bytes are the same (so an unchanged save leaves the file, its time and the watcher alone).
 */
public final class UserLibrary {

    public static final String SCHEMA_FOLDER = "schema";
    private static final String[] SCHEMAS = {"case.schema.json", "principles.schema.json", "sources.schema.json"};

    private final Path folder;
    private final CaseHistory history;
    private final EditLocks locks;

    public UserLibrary(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.history = new CaseHistory(this.folder, clock);
        this.locks = new EditLocks(this.folder, clock);
    }

    /**
     * Makes the folder if needed (a new library) and writes the JSON Schemas into {@code schema/},
     * so the {@code "$schema"} of the files written here resolves for any editor that opens them.
     */
    public static UserLibrary create(Path folder, Clock clock) throws IOException {
        Files.createDirectories(folder);
        UserLibrary library = new UserLibrary(folder, clock);
        library.writeSchemas();
        return library;
    }

    /**
     * Brings {@code schema/} up to this Case Explorer's schemas: done when the app writes a case
     * (or makes a library), never when a library is only opened. Only regular files inside the
     * library are read or written: a {@code schema} folder or file that is a link (to a folder of
     * someone else's, say), a FIFO or anything else is left as it is, never written through.
     */
    public void writeSchemas() throws IOException {
        Path schemas = folder.resolve(SCHEMA_FOLDER);
        if (Files.isSymbolicLink(schemas) || Files.exists(schemas, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(schemas,
                LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        LibraryFile.requireInside(folder, schemas);
        Files.createDirectories(schemas);
        for (String name : SCHEMAS) {
            byte[] bytes;
            try (InputStream in = UserLibrary.class.getResourceAsStream("/cases/schema/" + name)) {
                if (in == null) {
                    throw new IOException("schema missing from the application: " + name);
                }
                bytes = in.readAllBytes();
            }
            Path target = schemas.resolve(name);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                AtomicFile.write(target, out -> out.write(bytes));
            } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    && !Arrays.equals(OwnFiles.read(target, folder), bytes)) {
                AtomicFile.write(target, out -> out.write(bytes));
            }
        }
    }

    public Path folder() {
        return folder;
    }

    public CaseHistory history() {
        return history;
    }

    /** Which Case Explorer has which of the library's cases open for editing. */
    public EditLocks locks() {
        return locks;
    }

    public Path fileOf(String caseId) {
        return folder.resolve(CaseHistory.checkedId(caseId) + ".json");
    }

    /** The bytes of a case's file, if it is there. */
    public Optional<byte[]> read(String caseId) throws IOException {
        Path file = fileOf(caseId);
        // Not there, or not a file at all (a folder, a FIFO put in its place), is no case file;
        // a file is read bounded: one of 3 GB is refused, not read into memory.
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(OwnFiles.read(file, folder))
                : Optional.empty();
    }

    /** The content hash of a case's file now, or {@link ContentHash#ABSENT}. */
    public String hashOf(String caseId) throws IOException {
        return read(caseId).map(ContentHash::of).orElse(ContentHash.ABSENT);
    }

    /**
     * Writes {@code document} as its case's file. The file it replaces goes to the history
     * first; if {@code previousId} is another id (the case was renamed), that file goes to the
     * history and away.
     *
     * @return the hash of what the file now holds
     */
    public String save(CaseDocument document, String previousId) throws IOException {
        String id = CaseHistory.checkedId(document.id());
        // Written in the current format, whatever format the file was read in.
        ObjectNode tree = document.tree();
        LibraryFormat.stamp(tree);
        byte[] bytes = CaseJson.print(tree);
        if (!CaseHistory.isReadableCase(bytes)) {
            throw new IOException("refusing to write an empty case over " + fileOf(id));
        }
        String hash = ContentHash.of(bytes);
        if (!replace(id, bytes)) {
            return hash;
        }
        if (previousId != null && !previousId.equals(id)) {
            delete(previousId);
        }
        schemasForEditors();
        return hash;
    }

    /**
     * A case open for editing in another Case Explorer is not written over, restored or deleted
     * from here: that window's next save would undo it, or its edits would be lost.
     */
    private void refuseIfOpenElsewhere(String caseId) throws IOException {
        Optional<EditLocks.Holder> holder = locks.heldElsewhere(caseId);
        if (holder.isPresent()) {
            throw new IOException("“" + caseId + "” is open for editing in another Case Explorer window (on "
                    + holder.get().owner().host() + ", process " + holder.get().owner().pid()
                    + "); close it there first. The file is left as it is");
        }
    }

    /** The schemas beside a file just written; a save never fails for them (they serve other editors). */
    private void schemasForEditors() {
        try {
            writeSchemas();
        } catch (IOException e) {
            // Left as they were: the case is saved all the same.
        }
    }

    /**
     * Deletes a case's file after keeping it in the history (as its bytes, readable or not), from
     * where {@link #restore} brings it back. A file of a newer format is not deleted.
     *
     * @return whether a file was deleted
     */
    public boolean delete(String caseId) throws IOException {
        refuseIfOpenElsewhere(caseId);
        Optional<byte[]> old = read(caseId);
        if (old.isEmpty()) {
            return false;
        }
        LibraryFormat.refuseToReplace(old.get(), fileOf(caseId).toString());
        history.keep(caseId, old.get());
        Files.delete(fileOf(caseId));
        return true;
    }

    /**
     * Puts a kept version back as the case's file; the file it replaces is kept first. A version
     * that is a case is written as a save writes it; one that is not goes back byte for byte.
     */
    public String restore(CaseHistory.Version version) throws IOException {
        byte[] bytes = version.bytes();
        return CaseHistory.isReadableCase(bytes) ? save(CaseDocument.parse(bytes), null)
                : putBack(version.caseId(), bytes);
    }

    /**
     * Writes {@code bytes} as a case's file exactly as they are (a version that is not a readable
     * case, restored, or put back by Undo); the file it replaces is kept first.
     *
     * @return the hash of what the file now holds
     */
    public String putBack(String caseId, byte[] bytes) throws IOException {
        String id = CaseHistory.checkedId(caseId);
        if (bytes.length == 0) {
            throw new IOException("refusing to write an empty file over " + fileOf(id));
        }
        replace(id, bytes);
        return ContentHash.of(bytes);
    }

    /**
     * The one way a case's file is replaced: not while the case is open in another Case Explorer,
     * never over a file of a newer format, and the file it replaces kept in the history first.
     *
     * @return whether the file was written; false when it already holds {@code bytes}
     */
    private boolean replace(String id, byte[] bytes) throws IOException {
        refuseIfOpenElsewhere(id);
        Optional<byte[]> old = read(id);
        if (old.isPresent()) {
            LibraryFormat.refuseToReplace(old.get(), fileOf(id).toString());
            if (Arrays.equals(old.get(), bytes)) {
                return false;
            }
            history.keep(id, old.get());
        }
        AtomicFile.write(fileOf(id), out -> out.write(bytes));
        return true;
    }

    /**
     * Copies a picture into the library's {@code images/} folder (under a name not yet taken)
     * and gives the path a case file names it by.
     */
    public String copyPicture(Path picture) throws IOException {
        Path images = folder.resolve("images");
        Files.createDirectories(images);
        String name = picture.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path target = images.resolve(name);
        byte[] bytes = Files.readAllBytes(picture);
        for (int n = 2; Files.exists(target) && !Arrays.equals(Files.readAllBytes(target), bytes); n++) {
            target = images.resolve(stem + "-" + n + extension);
        }
        if (!Files.exists(target)) {
            AtomicFile.write(target, out -> out.write(bytes));
        }
        return folder.relativize(target).toString().replace('\\', '/');
    }

    /**
     * The case file a draft edits, as it is now; empty for a new case's draft, and for one whose
     * file is gone or unreadable, or whose id is not one a case file can have (a draft edited by
     * hand): such a draft is offered as a new case, and hides no other draft.
     */
    public Optional<CaseDocument> fileEditedBy(DraftStore.Draft draft) {
        if (draft.editedId().isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> bytes = read(draft.editedId());
            return bytes.isPresent() ? Optional.of(CaseDocument.parse(bytes.get())) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
