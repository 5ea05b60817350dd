package org.caseexplorer.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.caseexplorer.cases.io.LibraryFile;

/**
 * Which Case Explorer has a case open for editing, so that two windows on one library (two
 * instances, or two people on a shared folder) learn of each other instead of writing over each
 * other's saves. A lock is a small file, {@code .locks/<id>.lock}, naming its {@link Owner} and
 * since when; the owner touches it every few seconds while the editor is open (its heartbeat) and
 * deletes it on closing. A lock whose owner is gone (its process ended; on another host, no
 * heartbeat for a minute) is stale and taken over. {@code FileLock} is not used: it is unreliable
 * on network folders, and a crashed owner's lock must not outlive it.
 *
 * <p>A lock is taken by making a hard link to a file already written in full: the link is made
 * or refused atomically, on network folders too, so two instances opening a case at once cannot
 * both take it, and no one reads a half-written lock. Where links cannot be made, the lock is
 * created with create-new semantics instead.
 */
public final class EditLocks {

    public static final String FOLDER = ".locks";

    /** Who holds a case open elsewhere, and since when. */
    public record Holder(Owner owner, Instant since) {
    }

    private final Path library;
    private final Path folder;
    private final Clock clock;

    public EditLocks(Path library, Clock clock) {
        this.library = library;
        this.folder = library.resolve(FOLDER);
        this.clock = clock;
    }

    /** The live holder of {@code caseId}'s lock, if it is another Case Explorer than this one. */
    public Optional<Holder> heldElsewhere(String caseId) {
        return read(fileOf(caseId)).filter(h -> !h.owner().isCurrent());
    }

    /**
     * Takes the lock of {@code caseId} for this Case Explorer, unless another live one holds it.
     *
     * @return who holds it instead; empty when this one now holds it
     */
    public Optional<Holder> claim(String caseId) throws IOException {
        Path lock = fileOf(caseId);
        LibraryFile.requireInside(library, folder);
        Files.createDirectories(folder);
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<Holder> holder = read(lock);
            if (holder.isPresent()) {
                return holder.get().owner().isCurrent() ? Optional.empty() : holder;
            }
            // Nobody alive holds it: a lock left by one who is gone goes first.
            if (Files.exists(lock, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(lock);
            }
            if (create(lock)) {
                return Optional.empty();
            }
        }
        return read(lock).filter(h -> !h.owner().isCurrent());
    }

    /** The heartbeat: this Case Explorer still holds the lock of {@code caseId}. */
    public void beat(String caseId) throws IOException {
        Path lock = fileOf(caseId);
        if (read(lock).map(h -> h.owner().isCurrent()).orElse(false)) {
            Files.setLastModifiedTime(lock, FileTime.from(clock.instant()));
        }
    }

    /** Gives up the lock of {@code caseId}, if this Case Explorer holds it. */
    public void release(String caseId) throws IOException {
        Path lock = fileOf(caseId);
        if (read(lock).map(h -> h.owner().isCurrent()).orElse(false)) {
            Files.deleteIfExists(lock);
        }
    }

    private boolean create(Path lock) throws IOException {
        ObjectNode content = CaseJson.newObject();
        Owner.current().writeTo(content);
        content.put("since", clock.instant().toString());
        byte[] bytes = (content.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8);
        Path written = folder.resolve("." + lock.getFileName() + "." + Owner.current().pid() + ".tmp");
        Files.write(written, bytes);
        try {
            Files.createLink(lock, written);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            try {
                Files.write(lock, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            }
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** The lock's live holder; empty when there is no lock, or its holder is gone, or it cannot be read. */
    private Optional<Holder> read(Path lock) {
        try {
            if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Instant touched = Files.getLastModifiedTime(lock, LinkOption.NOFOLLOW_LINKS).toInstant();
            JsonNode content = CaseJson.parse(OwnFiles.read(lock, library));
            Optional<Owner> owner = Owner.readFrom(content);
            if (owner.isEmpty() || !owner.get().alive(touched, clock.instant())) {
                return Optional.empty();
            }
            Instant since = Instant.parse(content.path("since").asText());
            return Optional.of(new Holder(owner.get(), since));
        } catch (IOException | RuntimeException e) {
            // A lock that cannot be read (cut short, edited by hand) holds nothing: it is taken over.
            return Optional.empty();
        }
    }

    private Path fileOf(String caseId) {
        return folder.resolve(CaseHistory.checkedId(caseId) + ".lock");
    }
}
