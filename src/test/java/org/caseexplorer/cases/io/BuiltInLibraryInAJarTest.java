package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caseexplorer.cases.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in library as the installed app reads it, from inside its jar, where the jar's folder
 * is read-only for users: nothing may be written beside the jar to read it.
 */
class BuiltInLibraryInAJarTest {

    @TempDir
    Path dir;

    @Test
    void theLibraryInAJarLoadsWithoutWritingAnyFileBesideTheJar() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.list(Path.of("cases"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                zip.putNextEntry(new ZipEntry("cases/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        try (WatchService watcher = FileSystems.getDefault().newWatchService();
             FileSystem zipfs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            Library library = new LibraryLoader().load(new LibraryFolder(zipfs.getPath("/cases"), "cases", true),
                    Optional.empty());
            assertEquals(List.of(), library.problems());
            assertEquals(new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty()).cases().size(),
                    library.cases().size(), "every case the folder has");
            List<Object> created = new ArrayList<>();
            WatchKey key = watcher.poll();
            if (key != null) {
                key.pollEvents().stream().map(WatchEvent::context).forEach(created::add);
            }
            assertEquals(List.of(), created, "files written beside the jar");
        }
    }
}
