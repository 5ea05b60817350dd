package org.caseexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Printable;
import org.caseexplorer.cases.io.AtomicFile;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.map.MapFormat;
import org.caseexplorer.map.MapKind;
import org.caseexplorer.map.MapPngWriter;
import org.caseexplorer.map.MapSvgWriter;
import org.caseexplorer.map.PrincipleMap;

/**
 * {@code --export-map}: draws the library's principle map as SVG or PNG, without a window or a
 * display. As {@code --export-comparison}: every check is made before anything is written, and
 * the file is written atomically, so a failed run leaves no file behind.
 */
public final class MapCommand {

    private MapCommand() {
    }

    public static int run(CommandLine.MapExport export, Optional<Path> libraryFolder, ExportLanguage language,
                          PrintStream out, PrintStream err) {
        Optional<MapFormat> format = MapFormat.ofFile(export.out());
        if (format.isEmpty()) {
            return usage(err, "cannot tell the format from the name " + export.out().getFileName()
                    + "; a map is written as .svg or .png");
        }
        if (libraryFolder.isPresent() && !Files.isDirectory(libraryFolder.get())) {
            return usage(err, "--library: " + ValidateCommand.notAFolder(libraryFolder.get()));
        }
        try {
            AtomicFile.checkWritable(export.out());
        } catch (AtomicFile.UnwritableException e) {
            return usage(err, e.getMessage());
        }
        Library library = new LibraryLoader().open(libraryFolder);
        LibraryWarning.ifProblems(library, err);
        PrincipleMap map = PrincipleMap.of(library);
        // The library by its folder's name until libraries have names of their own; the date as
        // SOURCE_DATE_EPOCH says, where it is set, so a build draws the same picture every time.
        org.caseexplorer.map.MapCaption caption = org.caseexplorer.map.MapCaption.of(map, language.langs(),
                libraryFolder.map(f -> f.toAbsolutePath().normalize().getFileName())
                        .map(Object::toString).orElse(null),
                java.util.Optional.of(org.caseexplorer.map.MapCaption.drawnOn(System.getenv("SOURCE_DATE_EPOCH"))));
        try {
            if (format.get() == MapFormat.SVG) {
                AtomicFile.write(export.out(), stream -> MapSvgWriter.write(map, language.langs(), caption, stream));
            } else {
                MapPngWriter png = MapPngWriter.withBundledFonts();
                AtomicFile.write(export.out(), stream -> png.write(map, language.langs(), caption, stream));
            }
        } catch (AtomicFile.UnwritableException e) {
            return usage(err, e.getMessage());
        } catch (IOException | RuntimeException e) {
            err.println(Printable.escape("case-explorer: export failed: " + e.getMessage()));
            return ExportCommand.FAILED;
        }
        out.println("wrote " + Printable.escape(export.out().toString()) + " (" + format.get().extension() + ", "
                + language.code() + ", " + (map.kind() == MapKind.CASES ? "map of " + library.cases().size()
                + " cases and " : "co-occurrence map of ") + library.principles().size() + " principles)");
        return ExportCommand.WRITTEN;
    }

    private static int usage(PrintStream err, String message) {
        err.println("case-explorer: " + Printable.escape(message));
        return ExportCommand.USAGE;
    }
}
