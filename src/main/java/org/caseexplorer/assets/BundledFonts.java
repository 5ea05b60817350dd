package org.caseexplorer.assets;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;

/**
 * Where the bundled Case Explorer Sans files are (Noto Sans SC with the Latin of Noto Sans). The jar and the installed app keep them as plain
 * files in a {@code fonts} folder beside the jar: read straight from disk, a 10 MB font costs a
 * few milliseconds, where a copy inflated out of the jar cost about 100 ms each at start-up.
 * Run from the class folders (tests, {@code mvn javafx:run}) they are class-path resources.
 */
public final class BundledFonts {

    public static final String REGULAR = "CaseExplorerSans-Regular.ttf";
    public static final String BOLD = "CaseExplorerSans-Bold.ttf";
    public static final List<String> FILES = List.of(REGULAR, BOLD);

    /** The folder name beside the jar. */
    public static final String FOLDER = "fonts";
    static final String RESOURCE_PREFIX = "/assets/fonts/";

    private static final Optional<Path> FOLDER_BESIDE_JAR = folderBeside(codeSource());

    private BundledFonts() {
    }

    /** The font file on disk, if the fonts are files beside the jar. */
    public static Optional<Path> file(String name) {
        return FOLDER_BESIDE_JAR.map(folder -> folder.resolve(name));
    }

    /** Reads the font from wherever it is bundled. */
    public static InputStream open(String name) throws IOException {
        Optional<Path> file = file(name);
        if (file.isPresent()) {
            return Files.newInputStream(file.get());
        }
        InputStream in = BundledFonts.class.getResourceAsStream(RESOURCE_PREFIX + name);
        if (in == null) {
            throw new IOException("bundled font missing: " + name + " (neither in a " + FOLDER
                    + " folder beside the jar nor on the class path)");
        }
        return in;
    }

    /**
     * The {@code fonts} folder beside {@code codeSource} when that is a jar file and the folder
     * holds every bundled font; empty for a class folder or an incomplete folder.
     */
    static Optional<Path> folderBeside(Optional<Path> codeSource) {
        return codeSource
                .filter(Files::isRegularFile)
                .map(jar -> jar.toAbsolutePath().resolveSibling(FOLDER))
                .filter(folder -> FILES.stream().allMatch(name -> Files.isRegularFile(folder.resolve(name))));
    }

    private static Optional<Path> codeSource() {
        CodeSource source = BundledFonts.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
