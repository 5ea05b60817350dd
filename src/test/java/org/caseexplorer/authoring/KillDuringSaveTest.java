package org.caseexplorer.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random points of a save, many times: the case file is always there, whole, and one
 * of the versions written; so is every version in the history.
 */
@Tag("slow") // starts and kills save processes, many times
class KillDuringSaveTest {

    private static final int KILLS = 60;

    @TempDir
    Path folder;

    /** Temporary files an interrupted atomic write leaves behind (hidden, so never read as cases). */
    private static long parts(Path library) throws IOException {
        if (!Files.isDirectory(library)) {
            return 0;
        }
        try (var files = Files.walk(library)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void killingASaveAtAnyPointNeverLeavesAMissingEmptyOrPartialCase() throws Exception {
        Set<String> written = new HashSet<>();
        for (int k = 0; k < SaveLoop.VERSIONS; k++) {
            // As a save writes it: marked with the current format.
            written.add(SaveLoop.version(k).withValue("/format", com.fasterxml.jackson.databind.node.IntNode.valueOf(
                    org.caseexplorer.cases.io.LibraryFormat.CURRENT)).hash());
        }
        Path library = folder.resolve("lib");
        Random random = new Random(13);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        boolean existed = false;
        int midWrite = 0;
        for (int i = 0; i < KILLS; i++) {
            long partsBefore = parts(library);
            Process child = new ProcessBuilder(javaBin, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), library.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertEquals("saving", out.readLine(), "the child started saving");
                // A random point in the loop: anywhere from the first write to some dozens of saves in.
                Thread.sleep(random.nextInt(150));
                child.destroyForcibly();   // SIGKILL: no shutdown hooks, no finally blocks
                assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            }
            Path file = library.resolve("loop.json");
            if (parts(library) > partsBefore) {
                midWrite++;   // the kill left a temporary file: it landed while bytes were being written
            }
            if (!existed && !Files.exists(file)) {
                continue;   // killed before the first save ever finished: there was never a file
            }
            existed = true;
            assertTrue(Files.isRegularFile(file), "after kill " + i + " the case file is missing");
            byte[] bytes = Files.readAllBytes(file);
            assertTrue(bytes.length > 0, "after kill " + i + " the case file is empty");
            assertTrue(written.contains(ContentHash.of(bytes)), "after kill " + i + " the file is not one of the versions");
            CaseDocument.parse(bytes);
            for (CaseHistory.Version version : new CaseHistory(library, java.time.Clock.systemUTC()).versions("loop")) {
                assertTrue(written.contains(ContentHash.of(version.bytes())), "a torn version in the history: " + version);
            }
        }
        assertTrue(existed, "no save ever finished: the test proved nothing");
        assertTrue(midWrite > 0, "no kill landed during a write: the test proved nothing");
        System.out.println("kill -9 during save: " + KILLS + " kills, " + midWrite + " during a write");
    }
}
