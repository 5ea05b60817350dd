package org.caseexplorer.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The fast profile ({@code mvn -Pfast test}) leaves out what is tagged "slow": every test that
 * drives a window must be, or the fast run starts the toolkit; the structural tests must not be,
 * or the fast run stops checking the layering.
 */
class TestTagsTest {

    /** The test classes surefire runs (named *Test), read from the folder this class was loaded from, not initialised. */
    private static List<Class<?>> testClasses() throws IOException, URISyntaxException {
        Path root = Path.of(TestTagsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(f -> root.relativize(f).toString())
                    .filter(f -> f.endsWith("Test.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .<Class<?>>map(name -> {
                        try {
                            return Class.forName(name, false, TestTagsTest.class.getClassLoader());
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }

    private static boolean slow(Class<?> type) {
        return Arrays.stream(type.getAnnotationsByType(Tag.class)).anyMatch(t -> t.value().equals("slow"));
    }

    @Test
    void everyTestClassThatDrivesAWindowIsTaggedSlow() throws Exception {
        List<Class<?>> windowTests = testClasses().stream()
                .filter(c -> c.isAnnotationPresent(ExtendWith.class))
                .filter(c -> Arrays.asList(c.getAnnotation(ExtendWith.class).value()).contains(ApplicationExtension.class))
                .toList();
        assertFalse(windowTests.isEmpty(), "the window tests are found");
        assertEquals(List.of(), windowTests.stream().filter(c -> !slow(c)).map(Class::getName).toList(),
                "window tests not tagged @Tag(\"slow\")");
    }

    @Test
    void theStructuralTestsStayInTheFastRun() throws Exception {
        assertTrue(testClasses().contains(ArchitectureTest.class));
        assertFalse(slow(ArchitectureTest.class));
        assertFalse(slow(TestTagsTest.class));
    }
}
