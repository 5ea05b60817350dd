package org.caseexplorer.bench;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import org.caseexplorer.cases.io.LibraryFile;

/**
 * What reading a library file through {@link LibraryFile} costs against a bare {@code FileChannel}:
 * its deadline is armed before the open (issue 23, item 12: a file swapped for a FIFO must not
 * block the reader in {@code open}) and kept through the read. The median time to open and read
 * 1,000 small case-sized files each way, alternated in one run, and their ratio. (Handing each
 * open to a worker thread instead cost some 40 µs a file; this costs a few.)
 *
 * <pre>java -cp "$CP" org.caseexplorer.bench.FileOpenBench [rounds]</pre>
 */
public final class FileOpenBench {

    private FileOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        Path folder = Files.createTempDirectory("open-bench");
        int files = 1000;
        byte[] content = Files.readAllBytes(Path.of("cases", "tesla.json"));
        for (int i = 0; i < files; i++) {
            Files.write(folder.resolve("c" + i + ".json"), content);
        }
        double[] direct = new double[rounds];
        double[] worker = new double[rounds];
        for (int warm = 0; warm < 2; warm++) {
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                for (int i = 0; i < files; i++) {
                    Path file = folder.resolve("c" + i + ".json");
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                        channel.read(java.nio.ByteBuffer.allocate(content.length + 1));
                    }
                }
                direct[r] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                for (int i = 0; i < files; i++) {
                    Path file = folder.resolve("c" + i + ".json");
                    try (LibraryFile in = LibraryFile.openChecked(file, content.length, LibraryFile.JSON_MAX_BYTES,
                            Duration.ofSeconds(5))) {
                        in.readAll();
                    }
                }
                worker[r] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(direct);
        Arrays.sort(worker);
        double d = direct[rounds / 2];
        double w = worker[rounds / 2];
        System.out.printf("open and read 1,000 files: bare FileChannel %.1f ms, LibraryFile under its deadline %.1f ms"
                + " (median of %d; ratio %.2f; %.1f µs more per file)%n", d, w, rounds, w / d, (w - d) * 1000 / files);
        try (var all = Files.list(folder)) {
            for (Path p : all.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }
}
