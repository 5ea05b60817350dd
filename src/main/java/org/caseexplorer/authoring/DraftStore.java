package org.caseexplorer.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caseexplorer.cases.io.AtomicFile;
import org.caseexplorer.cases.io.LibraryFile;

/**
 * Unsaved edits, kept in {@code .drafts/} of the library every few seconds so that a crash
 * loses at most those seconds. Each draft says which case file it edits (none for a new
 * case) and the hash of that file when editing began, so recovery can show what differs.
 * A case too incomplete to save is kept here too, until it is valid. Each editor keeps its draft
 * under a key of its own and names its {@link Owner}, so two Case Explorers on one library never
 * replace, delete or recover each other's drafts while both run.
 */
public final class DraftStore {

    public static final String FOLDER = ".drafts";

    /** A kept draft: its key, the id of the file it edits ("" for a new case), that file's hash then, the edits. */
    public record Draft(String key, String editedId, String baseHash, CaseDocument document) {
    }

    private final Path folder;

    public DraftStore(Path libraryFolder) {
        this.folder = libraryFolder.resolve(FOLDER);
    }

    /** Keeps (replaces) the draft under {@code key}, atomically. */
    public void keep(Draft draft) throws IOException {
        ObjectNode wrapper = CaseJson.newObject();
        // Who keeps it: only once that Case Explorer is gone is the draft offered for recovery.
        Owner.current().writeTo(wrapper.putObject("owner"));
        wrapper.put("editedId", draft.editedId());
        wrapper.put("baseHash", draft.baseHash());
        wrapper.set("case", draft.document().tree());
        byte[] bytes = wrapper.toPrettyString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        LibraryFile.requireInside(folder.getParent(), folder);
        Files.createDirectories(folder);
        AtomicFile.write(fileOf(draft.key()), out -> out.write(bytes));
    }

    public void discard(String key) throws IOException {
        Files.deleteIfExists(fileOf(key));
    }

    /** Every draft in the folder, in key order, whoever keeps it; an unreadable one is skipped, not deleted. */
    public List<Draft> drafts() throws IOException {
        return read(false);
    }

    /**
     * The drafts left behind: those whose Case Explorer is gone (it crashed, or was killed),
     * never those of one still running, in this process or another, on this host or another
     * sharing the folder (see {@link Owner#alive}). A draft that names no owner was kept by an
     * earlier version, and is left behind too.
     */
    public List<Draft> leftBehind() throws IOException {
        return read(true);
    }

    private List<Draft> read(boolean onlyLeftBehind) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try {
            LibraryFile.requireInside(folder.getParent(), folder);
        } catch (LibraryFile.Refused e) {
            return List.of(); // .drafts/ leads outside the library: nothing in it is the user's draft
        }
        List<Draft> drafts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".json") || name.startsWith(".")) {
                    continue;
                }
                try {
                    // Bounded as the loader's reads are: a FIFO or a huge file here is skipped, never waited on.
                    ObjectNode wrapper = CaseJson.parse(OwnFiles.read(file, folder));
                    JsonNode document = wrapper.get("case");
                    java.time.Instant touched = Files.getLastModifiedTime(file).toInstant();
                    boolean gone = Owner.readFrom(wrapper.get("owner"))
                            .map(owner -> !owner.alive(touched, java.time.Instant.now())).orElse(true);
                    if (document != null && document.isObject() && (gone || !onlyLeftBehind)) {
                        drafts.add(new Draft(name.substring(0, name.length() - 5), wrapper.path("editedId").asText(),
                                wrapper.path("baseHash").asText(), CaseDocument.of(document)));
                    }
                } catch (IOException e) {
                    // A draft cut short by the crash it was kept for: the one before it is gone too,
                    // so there is nothing to offer; it stays on disk for a person to look at.
                }
            }
        }
        return drafts;
    }

    private Path fileOf(String key) {
        if (!key.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not a draft key: " + key);
        }
        return folder.resolve(key + ".json");
    }
}
