package org.caseexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.ProblemWords;
import org.caseexplorer.cases.io.AtomicFile;
import org.caseexplorer.cases.io.PrincipleSuggestions;
import org.caseexplorer.cases.io.UnknownId;

/**
 * Handouts of one case or one principle, as PDF (the comparison's quality bar: PDF/UA-1, both
 * languages, "Page N of M", bookmarks) or Markdown. The window, the principle page and the
 * command line all write them through here. One instance keeps the PDF fonts once read; it is
 * not meant for two exports at once.
 */
public final class Handouts {

    /** What a handout is about. */
    public enum Kind {
        CASE("case"), PRINCIPLE("principle");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** "case" or "principle", as messages name it. */
        public String word() {
            return word;
        }
    }

    /** The formats a handout is written in. */
    public static final List<ExportFormat> FORMATS = List.of(ExportFormat.PDF, ExportFormat.MARKDOWN);

    private final HandoutPdf pdf;

    /** Handouts that read the fonts when the first PDF needs them. */
    public Handouts() {
        this(null);
    }

    /** Handouts that take fonts being loaded elsewhere, e.g. {@link PdfFonts#loadInBackground}. */
    public Handouts(CompletableFuture<PdfFonts> fonts) {
        this.pdf = new HandoutPdf(fonts);
    }

    /**
     * Why {@code id} names no {@code kind} in {@code library}, with the nearest known id and the
     * known ones ("unknown case 'xiomi'. Did you mean 'xiaomi'? The cases are: …"); empty when it names one.
     */
    public static Optional<String> unknown(Library library, Kind kind, String id) {
        List<String> known = kind == Kind.CASE
                ? library.cases().stream().map(Case::id).toList()
                : library.principles().stream().map(Principle::id).toList();
        if (known.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(ProblemWords.in(Lang.EN).say(kind == Kind.CASE
                ? UnknownId.phrase(UnknownId.Noun.CASE, id, known, null)
                : PrincipleSuggestions.phrase(UnknownId.Noun.PRINCIPLE, id, library.principles(), null)));
    }

    /**
     * Writes the handout of the case or principle {@code id} to {@code out} (not closed).
     *
     * @throws IllegalArgumentException for an unknown id (the message is {@link #unknown}'s) or a
     *     format other than PDF and Markdown
     */
    public void write(Library library, Kind kind, String id, ExportSettings settings, ExportFormat format,
                      OutputStream out, ExportProgress progress) throws IOException {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("a handout is written as PDF or Markdown, not " + format.code());
        }
        Optional<String> unknown = unknown(library, kind, id);
        if (unknown.isPresent()) {
            throw new IllegalArgumentException(unknown.get());
        }
        progress.reached(0.05);
        HandoutWords words;
        String document;
        if (kind == Kind.CASE) {
            CaseHandout handout = new CaseHandout(library, library.caseById(id).orElseThrow(), settings);
            words = handout.words();
            document = format == ExportFormat.PDF ? handout.html() : handout.markdown();
        } else {
            PrincipleHandout handout = new PrincipleHandout(library, library.principle(id).orElseThrow(), settings);
            words = handout.words();
            document = format == ExportFormat.PDF ? handout.html() : handout.markdown();
        }
        if (format == ExportFormat.PDF) {
            pdf.write(document, words, out, progress);
        } else {
            MarkdownText.write(new StringBuilder(document), out);
            progress.reached(1.0);
        }
    }

    /** The handout of one case, written to {@code out} whole or not at all (see {@link AtomicFile}). */
    public static void writeCase(Library library, String caseId, ExportLanguage language, ExportFormat format,
                                 Path out) throws IOException {
        writeFile(library, Kind.CASE, caseId, ExportSettings.today(language), format, out);
    }

    /** The handout of one principle, written to {@code out} whole or not at all (see {@link AtomicFile}). */
    public static void writePrinciple(Library library, String principleId, ExportLanguage language,
                                      ExportFormat format, Path out) throws IOException {
        writeFile(library, Kind.PRINCIPLE, principleId, ExportSettings.today(language), format, out);
    }

    private static void writeFile(Library library, Kind kind, String id, ExportSettings settings,
                                  ExportFormat format, Path out) throws IOException {
        Handouts handouts = new Handouts();
        // Checked before the file is touched: an unknown id leaves no file behind.
        unknown(library, kind, id).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        AtomicFile.write(out, stream -> handouts.write(library, kind, id, settings, format, stream, ExportProgress.NONE));
    }
}
