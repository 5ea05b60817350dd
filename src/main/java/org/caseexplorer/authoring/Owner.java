package org.caseexplorer.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The running Case Explorer that wrote a draft or holds a case open for editing: its host, its
 * process id, and when that process started (process ids are reused, so the id alone could name a
 * stranger). Whether it is still running is known for certain on the same host (its process is
 * asked for); for another host, sharing the library through a network folder, only from how
 * recently it touched its file ({@link #STALE_AFTER}): an owner keeps its files touched every few
 * seconds while it runs. Two hosts' clocks that differ by more than that would misjudge it.
 */
public record Owner(String host, long pid, long startedMillis) {

    /** A file of an owner on another host untouched for this long: the owner is gone. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(60);

    private static final Owner CURRENT = new Owner(hostName(), ProcessHandle.current().pid(),
            ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L));

    /** This process. */
    public static Owner current() {
        return CURRENT;
    }

    public boolean isCurrent() {
        return equals(CURRENT);
    }

    /**
     * Whether this owner is still running: on this host, whether its process is (the same process,
     * not a later one given its id); elsewhere, whether its file was touched within {@link #STALE_AFTER}.
     */
    public boolean alive(Instant touched, Instant now) {
        if (isCurrent()) {
            return true;
        }
        if (!host.equals(CURRENT.host)) {
            return touched != null && Duration.between(touched, now).compareTo(STALE_AFTER) < 0;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> startedMillis == 0 || p.info().startInstant()
                        .map(start -> Math.abs(start.toEpochMilli() - startedMillis) < 2_000).orElse(true))
                .orElse(false);
    }

    public void writeTo(ObjectNode node) {
        node.put("host", host);
        node.put("pid", pid);
        node.put("started", startedMillis);
    }

    /** The owner a file names, if it names one in full. */
    public static Optional<Owner> readFrom(JsonNode node) {
        if (node == null || !node.path("host").isTextual() || !node.path("pid").canConvertToLong()
                || !node.path("started").canConvertToLong()) {
            return Optional.empty();
        }
        return Optional.of(new Owner(node.path("host").asText(), node.path("pid").asLong(), node.path("started").asLong()));
    }

    /** The host's name, without asking DNS where it can (a lookup may hang for seconds on a machine without a network). */
    private static String hostName() {
        String env = System.getenv(System.getProperty("os.name", "").startsWith("Windows") ? "COMPUTERNAME" : "HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            java.nio.file.Path kernel = java.nio.file.Path.of("/proc/sys/kernel/hostname");
            if (java.nio.file.Files.isRegularFile(kernel)) {
                String name = java.nio.file.Files.readString(kernel).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            return "localhost";
        }
    }
}
