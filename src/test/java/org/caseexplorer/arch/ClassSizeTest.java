package org.caseexplorer.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sizes the window layer was rebuilt to: no class of the app over 450 lines (a class that
 * grows past it has become two), and the main window a layout shell of at most 250.
 */
class ClassSizeTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final int MAX_LINES = 450;
    private static final int MAX_SHELL_LINES = 250;

    @Test
    void noClassIsOverFourHundredAndFiftyLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(MAIN)) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > MAX_LINES)
                    .map(f -> MAIN.relativize(f) + " (" + lines(f) + " lines)").sorted().toList();
        }
        assertEquals(List.of(), tooLong, "classes over " + MAX_LINES + " lines");
    }

    @Test
    void theMainWindowIsALayoutShell() {
        long shell = lines(MAIN.resolve("org/caseexplorer/app/MainWindow.java"));
        assertTrue(shell <= MAX_SHELL_LINES, "MainWindow has " + shell + " lines");
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
