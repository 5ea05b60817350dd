package org.caseexplorer.authoring;

import java.io.IOException;
import java.nio.file.Path;
import org.caseexplorer.cases.io.LibraryFile;

/**
 * How authoring reads the files it wrote itself (a case, a kept version, a draft): as the loader
 * reads a library's files. Only a regular file (or a link to one inside the library), at most a
 * case file's size, within a deadline: a FIFO put in {@code .drafts/} or {@code .history/}, a
 * 3 GB file or a link to {@code /dev/zero} is refused with the reason, never opened, waited on
 * or read into memory.
 */
final class OwnFiles {


    private OwnFiles() {
    }

    /**
     * The bytes of {@code file}, which lies in the library {@code folder}.
     *
     * @throws LibraryFile.Refused when it is not a file to read (its kind, size, or where a link leads)
     */
    static byte[] read(Path file, Path folder) throws IOException {
        // The loader's bounds for a case file: a draft wraps one case, a kept version is one.
        try (LibraryFile in = LibraryFile.open(file, folder, LibraryFile.JSON_MAX_BYTES, LibraryFile.JSON_DEADLINE)) {
            return in.readAll();
        }
    }
}
