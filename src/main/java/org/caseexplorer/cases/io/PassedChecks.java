package org.caseexplorer.cases.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The case files this build of the app has already found to pass the schema and the content
 * checks, known by a 128-bit hash of their bytes (MurmurHash3 from Commons Codec: SHA-256 took a
 * third of a cached load's time, and this is no defence against anyone, only a way to tell a
 * changed file, which any 128-bit hash does). A file read again unchanged skips both: what they
 * find depends on the file's text alone, and they were about half the time of loading a folder
 * of 10,000 cases. Everything else (binding, links, sources, quotes, pictures) is checked on every
 * load, since it depends on the rest of the library too.
 *
 * <p>Kept in the build's own cache folder, which the launcher names ({@value #PROPERTY}): a new
 * build, whose checks may differ, starts with none, and a run from the jar or from Maven uses
 * none. Only a cache: a file it cannot read or write, or one not in its format, means every file
 * is checked in full, as without it. Thread-safe: case files are read on both cores at once.
 */
public final class PassedChecks {

    /** The build's cache folder, set by the packaged launcher. */
    public static final String PROPERTY = "caseexplorer.buildCache";
    static final String FILE = "checked-case-files";
    /** Enough for several libraries of the largest size the app is tested with. */
    static final int MAX = 100_000;
    private static final byte[] MAGIC = "case-explorer passed checks 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST_BYTES = 16;

    /** No cache: every file is checked in full. */
    public static final PassedChecks NONE = new PassedChecks(null);

    private final Path file;
    private final Set<Digest> passed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changed = new AtomicBoolean();

    /** A file's 128-bit hash (its length mixed in). */
    record Digest(long high, long low) {
    }

    private PassedChecks(Path file) {
        this.file = file;
    }

    /** The cache of the build the launcher named, or {@link #NONE} when it named none. */
    public static PassedChecks forThisBuild() {
        String folder = System.getProperty(PROPERTY);
        return folder == null || folder.isBlank() ? NONE : in(Path.of(folder));
    }

    /** The cache kept in {@code folder}, with what it already holds. */
    static PassedChecks in(Path folder) {
        PassedChecks checks = new PassedChecks(folder.resolve(FILE));
        checks.read();
        return checks;
    }

    /** Whether there is a cache to consult at all. */
    public boolean enabled() {
        return file != null;
    }

    /** The digest of a file's bytes, or empty without a cache or a file (a case held in memory). */
    Optional<Digest> digestOf(byte[] source) {
        if (file == null || source == null) {
            return Optional.empty();
        }
        long[] hash = MurmurHash3.hash128x64(source);
        return Optional.of(new Digest(hash[0], hash[1] ^ source.length));
    }

    boolean passed(Digest digest) {
        return passed.contains(digest);
    }

    void add(Digest digest) {
        if (passed.size() < MAX && passed.add(digest)) {
            changed.set(true);
        }
    }

    int size() {
        return passed.size();
    }

    /** Writes what this load added, whole or not at all ({@link AtomicFile}). */
    void save() {
        if (file == null || !changed.getAndSet(false)) {
            return;
        }
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + passed.size() * DIGEST_BYTES);
        out.put(MAGIC);
        for (Digest d : passed) {
            if (out.remaining() < DIGEST_BYTES) {
                break; // added to by another thread meanwhile: the rest waits for the next save
            }
            out.putLong(d.high()).putLong(d.low());
        }
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, stream -> stream.write(out.array(), 0, out.position()));
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next load checks these files in full again.
        }
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] all = in.readNBytes(MAGIC.length + MAX * DIGEST_BYTES + 1);
            int digests = (all.length - MAGIC.length) / DIGEST_BYTES;
            if (all.length < MAGIC.length || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    || (all.length - MAGIC.length) % DIGEST_BYTES != 0 || digests > MAX) {
                return; // not this format, cut short, or too long: start afresh
            }
            ByteBuffer bytes = ByteBuffer.wrap(all, MAGIC.length, all.length - MAGIC.length);
            for (int i = 0; i < digests; i++) {
                passed.add(new Digest(bytes.getLong(), bytes.getLong()));
            }
        } catch (IOException | RuntimeException e) {
            passed.clear(); // unreadable: start afresh
        }
    }
}
