package org.caseexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import org.caseexplorer.comparison.Comparison;

/**
 * A comparison as a print-ready PDF, laid out by openhtmltopdf from {@link ComparisonHtml}:
 * tagged for PDF/UA-1 and PDF/A-2u, every font embedded as a subset of the bundled Case Explorer Sans,
 * the header row repeated on every page, bookmarks and document metadata.
 * One instance keeps the font bytes, so later exports skip reading them again; it is not meant
 * for two exports at once.
 */
public final class ComparisonPdfExporter implements ComparisonExporter {

    /** The family the stylesheet names; the fonts are registered under exactly this name. */
    public static final String FONT_FAMILY = HandoutPdf.FONT_FAMILY;

    private final HandoutPdf pdf;

    /** An exporter that reads the fonts when it first needs them. */
    public ComparisonPdfExporter() {
        this(null);
    }

    /** An exporter that takes fonts being loaded elsewhere, e.g. {@link PdfFonts#loadInBackground}. */
    public ComparisonPdfExporter(CompletableFuture<PdfFonts> loading) {
        this.pdf = new HandoutPdf(loading);
    }

    @Override
    public void write(Comparison comparison, ExportSettings settings, OutputStream out,
                      ExportProgress progress) throws IOException {
        progress.reached(0.05);
        String document = ComparisonHtml.of(comparison, settings);
        pdf.write(document, new ComparisonText(comparison, settings), out, progress);
    }
}
