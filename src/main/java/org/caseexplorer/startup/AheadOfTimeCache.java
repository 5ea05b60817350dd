package org.caseexplorer.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The portable app's start-up caches (JDK 25+, JEP 483): the packaged launcher names the window's cache in
 * the user's cache folder ({@value #CACHE_PROPERTY}) and the training configuration recorded at
 * build time ({@value #CONFIGURATION_PROPERTY}). When the cache is missing, or older than the
 * configuration (a newer build unpacked over an old one), the first start makes it in a child
 * JVM once the window is up, and the second start maps it. Nothing here may fail a start: a
 * folder that cannot be written, a missing configuration or a failed child only mean the app
 * starts the ordinary way next time too. The command line's cache ({@link #commandLine()}) is
 * made by the same first start of the window. The .deb names no such property: its postinst
 * makes the caches beside the installed app.
 */
public final class AheadOfTimeCache {

    static final String CACHE_PROPERTY = "caseexplorer.aotCache";
    static final String CONFIGURATION_PROPERTY = "caseexplorer.aotConfiguration";

    /**
     * The options the launcher runs with that the cache must agree with (package.sh): other
     * module options than these would switch the cache's full module graph off.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");

    private static final Logger LOG = Logger.getLogger(AheadOfTimeCache.class.getName());
    private static final long CHILD_TIMEOUT_SECONDS = 120;
    /** A folder of caches: the version, and the build since caches are named by build (1.0.0-3f9a…). */
    private static final Pattern BUILD_FOLDER = Pattern.compile("\\d+(\\.\\d+)*(-[0-9a-f]+)?");
    /** What a build's cache folder holds: the start-up caches, the checked case files, and their temporary files. */
    private static final Pattern CACHE_FILE = Pattern.compile(
            "case-explorer(-cli)?\\.aot(\\..*\\.part)?|checked-case-files|\\.checked-case-files\\..*\\.part");

    private final Path cache;
    private final Path configuration;

    private AheadOfTimeCache(Path cache, Path configuration) {
        this.cache = cache;
        this.configuration = configuration;
    }

    /** What the launcher asked for, if it asked and both paths are usable. */
    public static Optional<AheadOfTimeCache> fromProperties(Function<String, String> properties) {
        String cache = properties.apply(CACHE_PROPERTY);
        String configuration = properties.apply(CONFIGURATION_PROPERTY);
        // An unset variable stays "$HOME" in the launcher's configuration: no path to write to.
        if (cache == null || configuration == null || cache.contains("$") || configuration.contains("$")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AheadOfTimeCache(Path.of(cache), Path.of(configuration)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    Path cache() {
        return cache;
    }

    /**
     * The command line's cache beside this (the window's) one: {@code case-explorer-cli.aot} from
     * {@code case-explorer-cli.aotconf}, as the launcher names it for an export.
     */
    public AheadOfTimeCache commandLine() {
        return new AheadOfTimeCache(sibling(cache, ".aot"), sibling(configuration, ".aotconf"));
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
        return file.resolveSibling(stem + "-cli" + extension);
    }

    /** Whether a cache should be made: there is a configuration, and no cache at least as new. */
    public boolean needed() {
        try {
            if (!Files.isRegularFile(configuration)) {
                return false;
            }
            return !Files.isRegularFile(cache) || Files.size(cache) == 0
                    || Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(configuration)) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Removes the caches other builds made beside this one ({@code ~/.cache/case-explorer/1.0.0-<build>/}):
     * each is tens of megabytes, and none is of use to this build. Only folders named like a
     * version (and build) that hold nothing but caches and their temporary files are removed.
     */
    void removeOtherBuilds() {
        Path own = cache.getParent();
        Path all = own == null ? null : own.getParent();
        if (all == null || !Files.isDirectory(all, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> builds = Files.list(all)) {
            for (Path build : builds.toList()) {
                if (!build.equals(own) && BUILD_FOLDER.matcher(build.getFileName().toString()).matches()
                        && Files.isDirectory(build, LinkOption.NOFOLLOW_LINKS) && onlyCaches(build)) {
                    try (Stream<Path> files = Files.list(build)) {
                        for (Path file : files.toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                    Files.deleteIfExists(build);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "old start-up caches left in " + all, e);
        }
    }

    private static boolean onlyCaches(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.allMatch(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                    && CACHE_FILE.matcher(f.getFileName().toString()).matches());
        }
    }

    /** The child JVM that makes the cache into {@code into}, for this runtime and class path. */
    List<String> command(Path javaHome, String classPath, Path into) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
                "-XX:AOTCache=" + into, "-Xlog:aot=off", "-Xlog:cds=off", "-cp", classPath));
        return command;
    }

    /**
     * Makes the cache in a child JVM: into a temporary file beside it, moved into place only once
     * the child has finished well, so a start never maps half a cache. Completes with whether it
     * was made.
     */
    public CompletableFuture<Boolean> make(Path javaHome, String classPath) {
        return CompletableFuture.supplyAsync(() -> {
            Path partial = null;
            try {
                Files.createDirectories(cache.getParent());
                partial = Files.createTempFile(cache.getParent(), cache.getFileName() + ".", ".part");
                Files.delete(partial); // the JVM writes it anew
                Process child = new ProcessBuilder(command(javaHome, classPath, partial))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                    return false;
                }
                if (child.exitValue() != 0 || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                    return false;
                }
                Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOtherBuilds();
                return true;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "no start-up cache made at " + cache, e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                if (partial != null) {
                    try {
                        Files.deleteIfExists(partial);
                    } catch (IOException ignored) {
                        // a leftover temporary file; the next attempt makes another
                    }
                }
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "start-up-cache");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        });
    }
}
