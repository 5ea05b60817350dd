package org.caseexplorer.authoring;

import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process for {@link KillDuringSaveTest}: saves case "loop" over and over, cycling
 * through {@link #VERSIONS} versions, until it is killed. Prints "saving" once it has started.
 */
public final class SaveLoop {

    static final int VERSIONS = 10;

    private SaveLoop() {
    }

    static CaseDocument version(int k) throws java.io.IOException {
        // Versions of different lengths, so a torn write could not pass for a whole one.
        return UserLibraryTest.sample("loop", "version " + k + " " + "长".repeat(k * 500));
    }

    public static void main(String[] args) throws Exception {
        UserLibrary library = UserLibrary.create(Path.of(args[0]), Clock.systemUTC());
        CaseDocument[] versions = new CaseDocument[VERSIONS];
        for (int k = 0; k < VERSIONS; k++) {
            versions[k] = version(k);
        }
        System.out.println("saving");
        System.out.flush();
        for (int i = 0; ; i++) {
            library.save(versions[i % VERSIONS], null);
        }
    }
}
