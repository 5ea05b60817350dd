package org.caseexplorer.cases.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files an atomic write leaves beside its target until it moves them into place:
 * {@code .xiaomi.json.pid1234.5678.part}, named with the writing process, so that after a crash
 * (a kill -9 mid-save) the next opening of the library can tell a leftover from a write still
 * under way. Hidden and not ending in .json, they are never read as cases.
 */
public final class PartFiles {

    /** A write of at most a few megabytes takes well under this; older and nameless, it is abandoned. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    /** A process id is reused in time: a part file this old is no live write, whoever has its id now. */
    static final Duration ANY_WRITER_AFTER = Duration.ofDays(1);

    private static final Pattern WITH_PID = Pattern.compile("^\\..+\\.pid(\\d{1,18})\\.\\d+\\.part$");
    private static final Pattern WITHOUT_PID = Pattern.compile("^\\..+\\.\\d+\\.part$");

    private PartFiles() {
    }

    /** The prefix a temporary file for {@code target} takes (the writer adds digits and ".part"). */
    public static String prefix(Path target) {
        return "." + target.getFileName() + ".pid" + ProcessHandle.current().pid() + ".";
    }

    public static final String SUFFIX = ".part";

    /** Whether a file's name is one an atomic write gives its temporary file. */
    public static boolean isPartFile(String name) {
        return WITH_PID.matcher(name).matches() || WITHOUT_PID.matcher(name).matches();
    }

    /**
     * Deletes the part files in {@code folder} and its subfolders (to the depth of
     * {@code .history/<id>/}) that no live write owns: named with a process that is not running,
     * or, without a process in the name, older than a minute. Only regular files with a part
     * file's name are touched; links are not followed. Returns what was deleted; a file that cannot
     * be deleted is left, quietly, for next time.
     */
    public static List<Path> removeLeftovers(Path folder, Instant now) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return removed;
        }
        try (Stream<Path> files = Files.walk(folder, 3)) {
            files.filter(p -> isPartFile(p.getFileName().toString())).forEach(p -> {
                if (abandoned(p, now)) {
                    try {
                        Files.deleteIfExists(p);
                        removed.add(p);
                    } catch (IOException e) {
                        // Not ours to insist on: a read-only folder keeps its leftovers.
                    }
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // A folder that cannot be listed is reported by the load itself.
        }
        return removed;
    }

    private static boolean abandoned(Path file, Instant now) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
        if (!attributes.isRegularFile()) {
            return false;
        }
        Duration age = Duration.between(attributes.lastModifiedTime().toInstant(), now);
        OptionalLong pid = writer(file.getFileName().toString());
        if (pid.isEmpty()) {
            return age.compareTo(ABANDONED_AFTER) > 0;
        }
        boolean running = ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
        return !running || age.compareTo(ANY_WRITER_AFTER) > 0;
    }

    /** The process that named the file, where its name says. */
    static OptionalLong writer(String name) {
        Matcher m = WITH_PID.matcher(name);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
