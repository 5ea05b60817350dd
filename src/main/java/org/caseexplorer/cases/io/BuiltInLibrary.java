package org.caseexplorer.cases.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The library that ships inside the application (the project's {@code cases/} folder). */
public final class BuiltInLibrary {

    private static final String MARKER = "/cases/" + LibraryLoader.PRINCIPLES_FILE;

    private BuiltInLibrary() {
    }

    /** The built-in folder, whether the app runs from classes on disk or from its jar. */
    public static LibraryFolder folder() {
        URL url = BuiltInLibrary.class.getResource(MARKER);
        if (url == null) {
            throw new IllegalStateException("the built-in library is missing from the application");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return new LibraryFolder(jarFileSystem(uri).getPath("/cases"), "cases", true);
            }
            return new LibraryFolder(Path.of(uri).getParent(), "cases", true);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the built-in library: " + url, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
