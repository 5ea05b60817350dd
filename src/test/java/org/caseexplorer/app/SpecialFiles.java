package org.caseexplorer.app;

import java.nio.file.Path;

/** Named pipes for tests, made with mkfifo in a temporary folder. */
final class SpecialFiles {

    private SpecialFiles() {
    }

    static void mkfifo(Path path) throws Exception {
        if (new ProcessBuilder("mkfifo", path.toString()).start().waitFor() != 0) {
            throw new IllegalStateException("mkfifo " + path);
        }
    }
}
