package org.caseexplorer.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.caseexplorer.cases.io.AtomicFile;
import org.caseexplorer.cases.io.LibraryFile;

/**
 * Earlier versions of a library's case files, in {@code .history/<id>/<time>.json}, the newest
 * {@value #KEEP} per case. Every file about to be replaced is kept as its bytes, a file that is
 * not a readable case too (a hand edit that left a trailing comma): what a person wrote is never
 * lost to a save. Such a version says so ({@link Version#readable()}); restoring it is a
 * deliberate choice that puts its bytes back as they were. Only a file of nothing but white space
 * is not kept, and a
 * version the same as the newest kept is not kept twice.
 */
public final class CaseHistory {

    /** Versions kept per case. */
    public static final int KEEP = 20;
    public static final String FOLDER = ".history";

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One kept version: which case, when it was put aside, and the file that holds it. */
    public record Version(String caseId, Instant time, Path file) {
        /** Its bytes; a version that is not a readable file of a case's size is refused with the reason. */
        public byte[] bytes() throws IOException {
            return OwnFiles.read(file, file.getParent());
        }

        public CaseDocument document() throws IOException {
            return CaseDocument.parse(bytes());
        }

        /** Whether its bytes are a case (false also when they cannot be read at all). */
        public boolean readable() {
            try {
                return isReadableCase(bytes());
            } catch (IOException e) {
                return false;
            }
        }
    }

    private final Path root;
    private final Clock clock;

    public CaseHistory(Path libraryFolder, Clock clock) {
        this.root = libraryFolder.resolve(FOLDER);
        this.clock = clock;
    }

    /**
     * Keeps {@code bytes} as a version of case {@code caseId}, readable or not, unless they are
     * only white space or are what the newest version already holds.
     *
     * @return whether a version was kept
     */
    public boolean keep(String caseId, byte[] bytes) throws IOException {
        if (blank(bytes)) {
            return false;
        }
        List<Version> versions = versions(caseId);
        if (!versions.isEmpty() && sameAs(versions.get(0), bytes)) {
            return false;
        }
        Path folder = root.resolve(checkedId(caseId));
        // Judged before it is made: through a .history that is a link, nothing is made outside either.
        LibraryFile.requireInside(root.getParent(), folder);
        Files.createDirectories(folder);
        Instant now = clock.instant();
        if (!versions.isEmpty() && !now.isAfter(versions.get(0).time())) {
            now = versions.get(0).time().plusMillis(1);
        }
        AtomicFile.write(folder.resolve(NAME.format(now) + ".json"), out -> out.write(bytes));
        prune(caseId);
        return true;
    }

    /** Whether {@code version} holds {@code bytes}; one that cannot be read holds something else. */
    private static boolean sameAs(Version version, byte[] bytes) {
        try {
            return ContentHash.of(version.bytes()).equals(ContentHash.of(bytes));
        } catch (IOException e) {
            return false;
        }
    }

    /** The kept versions of a case, newest first; unreadable names are not versions. */
    public List<Version> versions(String caseId) throws IOException {
        Path folder = root.resolve(checkedId(caseId));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        LibraryFile.requireInside(root.getParent(), folder);
        List<Version> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".json") || name.startsWith(".")) {
                    continue;
                }
                try {
                    Instant time = NAME.parse(name.substring(0, name.length() - ".json".length()), Instant::from);
                    versions.add(new Version(caseId, time, file));
                } catch (java.time.format.DateTimeParseException e) {
                    // Not a name this class writes: not a version.
                }
            }
        }
        versions.sort(Comparator.comparing(Version::time).reversed());
        return versions;
    }

    private void prune(String caseId) throws IOException {
        List<Version> versions = versions(caseId);
        for (int i = KEEP; i < versions.size(); i++) {
            Files.deleteIfExists(versions.get(i).file());
        }
    }

    /** Nothing but white space: nothing anyone wrote would be lost. */
    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A JSON object with at least one field: what a case file that could be restored is. */
    static boolean isReadableCase(byte[] bytes) {
        try {
            return bytes.length > 0 && !CaseJson.parse(bytes).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** An id names a folder: one made only of what case ids may hold, so it stays inside. */
    static String checkedId(String caseId) {
        if (caseId == null || !caseId.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not a case id: " + caseId);
        }
        return caseId;
    }
}
