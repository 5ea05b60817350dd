package org.caseexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The start-up benchmark must launch the app the way mvn javafx:run does. */
class LaunchOptionsTest {

    @Test
    void benchmarkUsesTheJvmOptionsThePomRunsTheAppWith() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        for (String option : StartupBench.APP_JVM_OPTIONS) {
            assertTrue(pom.contains("<option>" + option + "</option>"), option + " missing from pom.xml");
        }
    }
}
