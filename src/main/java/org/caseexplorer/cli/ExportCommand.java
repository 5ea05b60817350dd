package org.caseexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Printable;
import org.caseexplorer.cases.io.AtomicFile;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonOptions;
import org.caseexplorer.export.ComparisonExporter;
import org.caseexplorer.export.ComparisonPdfExporter;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.ExportProgress;
import org.caseexplorer.export.ExportSettings;
import org.caseexplorer.export.PdfFonts;

/**
 * {@code --export-comparison}: writes a comparison without a window or a display. Every check
 * that can fail is made before anything is written, and the file is written atomically, so a
 * failed run leaves no file behind.
 */
public final class ExportCommand {

    public static final int WRITTEN = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private ExportCommand() {
    }

    /**
     * After an unknown id when no --library was given: the command line reads only the built-in
     * library unless told, whatever folder the window has open.
     */
    static String libraryHint(Optional<Path> libraryFolder) {
        return libraryHint(libraryFolder, "cases");
    }

    /** The same for {@code plural} ("principles"). */
    static String libraryHint(Optional<Path> libraryFolder, String plural) {
        return libraryFolder.isPresent() ? "" : "; for the " + plural + " of a folder of your own, add --library DIR";
    }

    /**
     * {@code windowAuthor} gives the name set in the window, asked only when the command line
     * names no author: the command line writes no settings and reads them only through it.
     */
    public static int run(CommandLine.Export export, Optional<Path> libraryFolder, ExportLanguage language,
                          Supplier<String> windowAuthor, PrintStream out, PrintStream err) {
        Optional<ExportFormat> chosen = export.format().or(() -> ExportFormat.ofFile(export.out()));
        if (chosen.isEmpty() && hasEnding(export.out())) {
            // x.docx would otherwise get a PDF inside it: the program it opens in would call it broken.
            return usage(err, Printable.escape("cannot tell the format from the name " + export.out().getFileName()
                    + "; end it in .pdf, .xlsx, .csv or .md, or give --format"));
        }
        ExportFormat format = chosen.orElse(ExportFormat.PDF);
        // The fonts take the longest to read; on a second core that happens while the rest is checked.
        CompletableFuture<PdfFonts> fonts = format == ExportFormat.PDF ? PdfFonts.loadInBackground() : null;
        if (libraryFolder.isPresent() && !Files.isDirectory(libraryFolder.get())) {
            return usage(err, "--library: " + ValidateCommand.notAFolder(libraryFolder.get()));
        }
        if (new LinkedHashSet<>(export.caseIds()).size() != export.caseIds().size()) {
            return usage(err, "a case is named twice in " + String.join(",", export.caseIds()));
        }
        int count = export.caseIds().size();
        if (count < Comparison.MIN_CASES || count > Comparison.MAX_CASES) {
            return usage(err, "a comparison takes " + Comparison.MIN_CASES + " to " + Comparison.MAX_CASES
                    + " cases, not " + count);
        }
        try {
            AtomicFile.checkWritable(export.out());
        } catch (AtomicFile.UnwritableException e) {
            return usage(err, e.getMessage());
        }
        Library library = new LibraryLoader().open(libraryFolder);
        List<Case> cases = new ArrayList<>();
        for (String id : export.caseIds()) {
            Optional<Case> found = library.caseById(id);
            if (found.isEmpty()) {
                return usage(err, "unknown case id '" + id + "' (known: " + library.cases().stream()
                        .map(Case::id).sorted().collect(Collectors.joining(", ")) + ")" + libraryHint(libraryFolder));
            }
            cases.add(found.get());
        }
        LibraryWarning.ifProblems(library, err);
        Comparison comparison = Comparison.of(library, cases, ComparisonOptions.DEFAULT);
        // The same author as the window's exports: the name given, else the one set in the window.
        String author = export.author().orElseGet(windowAuthor);
        ExportSettings settings = ExportSettings.today(language, author).withPaper(export.paper());
        ComparisonExporter exporter = fonts != null ? new ComparisonPdfExporter(fonts) : ComparisonExporter.of(format);
        try {
            AtomicFile.write(export.out(), stream -> exporter.write(comparison, settings, stream, ExportProgress.NONE));
        } catch (AtomicFile.UnwritableException e) {
            return usage(err, e.getMessage());
        } catch (IOException | RuntimeException e) {
            err.println(Printable.escape("case-explorer: export failed: " + e.getMessage()));
            return FAILED;
        }
        out.println("wrote " + Printable.escape(export.out().toString()) + " (" + format.code() + ", " + language.code() + ", "
                + cases.size() + " cases, " + comparison.rows().size() + " principles)");
        return WRITTEN;
    }

    /** A name with an ending such as ".docx" (a leading dot, as in ".hidden", is no ending). */
    static boolean hasEnding(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.lastIndexOf('.') > 0 && name.lastIndexOf('.') < name.length() - 1;
    }

    static int usage(PrintStream err, String message) {
        err.println("case-explorer: " + Printable.escape(message));
        return USAGE;
    }
}
