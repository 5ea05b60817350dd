package org.caseexplorer.cases.io;

import java.nio.file.Path;

/**
 * A folder of library files and the name it goes by in messages: "cases" for the built-in
 * library, the path for a folder the user opened. A trusted folder is the built-in library
 * inside the application, which the build has already checked against the schemas; its files
 * are read without checking them again, which keeps the schema validator off the start-up path.
 */
public record LibraryFolder(Path path, String label, boolean trusted) {

    public static LibraryFolder of(Path path) {
        return new LibraryFolder(path, path.toString(), false);
    }

    String display(Path file) {
        String name = file.getFileName().toString();
        return label.isEmpty() ? name : label + "/" + name;
    }
}
