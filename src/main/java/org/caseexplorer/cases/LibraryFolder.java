package org.caseexplorer.cases;

import java.nio.file.Path;

/**
 * A folder of library files and the name it goes by in messages: "cases" for the built-in
 * library, the path for a folder the user opened.
 */
public record LibraryFolder(Path path, String label) {

    public static LibraryFolder of(Path path) {
        return new LibraryFolder(path, path.toString());
    }

    String display(Path file) {
        String name = file.getFileName().toString();
        return label.isEmpty() ? name : label + "/" + name;
    }
}
