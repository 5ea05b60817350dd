package org.caseexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Printable;
import org.caseexplorer.cases.io.AtomicFile;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.ExportProgress;
import org.caseexplorer.export.ExportSettings;
import org.caseexplorer.export.Handouts;
import org.caseexplorer.export.PdfFonts;

/**
 * {@code --export-case} and {@code --export-principle}: the handout of one case or principle,
 * without a window or a display. As {@link ExportCommand}: every check that can fail is made
 * before anything is written, and the file is written atomically.
 */
public final class HandoutCommand {

    private HandoutCommand() {
    }

    /** {@code windowAuthor} gives the name set in the window, asked only when no {@code --author} is given. */
    public static int run(CommandLine.Handout handout, Optional<Path> libraryFolder, ExportLanguage language,
                          Supplier<String> windowAuthor, PrintStream out, PrintStream err) {
        Optional<ExportFormat> chosen = handout.format().or(() -> ExportFormat.ofFile(handout.out()));
        if (chosen.isEmpty() && ExportCommand.hasEnding(handout.out())) {
            return ExportCommand.usage(err, "cannot tell the format from the name " + handout.out().getFileName()
                    + "; end it in .pdf or .md, or give --format");
        }
        ExportFormat format = chosen.orElse(ExportFormat.PDF);
        if (!Handouts.FORMATS.contains(format)) {
            return ExportCommand.usage(err, "a handout is written as pdf or md, not " + format.code()
                    + (handout.format().isPresent() ? "" : " (from the name " + handout.out().getFileName() + ")"));
        }
        CompletableFuture<PdfFonts> fonts = format == ExportFormat.PDF ? PdfFonts.loadInBackground() : null;
        if (libraryFolder.isPresent() && !Files.isDirectory(libraryFolder.get())) {
            return ExportCommand.usage(err, "--library: " + ValidateCommand.notAFolder(libraryFolder.get()));
        }
        try {
            AtomicFile.checkWritable(handout.out());
        } catch (AtomicFile.UnwritableException e) {
            return ExportCommand.usage(err, e.getMessage());
        }
        Library library = new LibraryLoader().open(libraryFolder);
        Optional<String> unknown = Handouts.unknown(library, handout.kind(), handout.id());
        if (unknown.isPresent()) {
            // The message ends its list with a full stop; the hint goes on from the list.
            String message = unknown.get().endsWith(".") ? unknown.get().substring(0, unknown.get().length() - 1)
                    : unknown.get();
            return ExportCommand.usage(err, message + ExportCommand.libraryHint(libraryFolder,
                    handout.kind() == org.caseexplorer.export.Handouts.Kind.CASE ? "cases" : "principles"));
        }
        long problems = library.problemCount();
        if (problems > 0) {
            err.println("case-explorer: note: the library has " + problems + " problem"
                    + (problems == 1 ? "" : "s") + "; --validate lists them");
        }
        ExportSettings settings = ExportSettings.today(language, handout.author().orElseGet(windowAuthor))
                .withPaper(handout.paper());
        Handouts handouts = new Handouts(fonts);
        try {
            AtomicFile.write(handout.out(), stream -> handouts.write(library, handout.kind(), handout.id(), settings,
                    format, stream, ExportProgress.NONE));
        } catch (AtomicFile.UnwritableException e) {
            return ExportCommand.usage(err, e.getMessage());
        } catch (IOException | RuntimeException e) {
            err.println(Printable.escape("case-explorer: export failed: " + e.getMessage()));
            return ExportCommand.FAILED;
        }
        out.println("wrote " + Printable.escape(handout.out().toString()) + " (" + handout.kind().word() + " "
                + handout.id() + ", " + format.code() + ", " + language.code() + ")");
        return ExportCommand.WRITTEN;
    }
}
