package org.caseexplorer.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Any handout's XHTML as a print-ready PDF, laid out by openhtmltopdf: tagged for PDF/UA-1 and
 * PDF/A-2u, every font embedded as a subset of the bundled Case Explorer Sans, bookmarks,
 * document metadata, and each citation link described for assistive technology.
 * One instance keeps the font bytes, so later exports skip reading them again; it is not meant
 * for two exports at once.
 */
final class HandoutPdf {

    /** The family the stylesheet names; the fonts are registered under exactly this name. */
    static final String FONT_FAMILY = "Case Explorer Sans";
    static {
        // openhtmltopdf logs every resource and layout step through java.util.logging.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private final CompletableFuture<PdfFonts> loading;
    private PdfFonts fonts;
    private byte[] colorProfile;

    /** {@code loading}: fonts being loaded elsewhere, or null to read them when first needed. */
    HandoutPdf(CompletableFuture<PdfFonts> loading) {
        this.loading = loading;
    }

    /** Lays out {@code document} and writes the PDF to {@code out}; does not close it. */
    synchronized void write(String document, HandoutWords words, OutputStream out, ExportProgress progress)
            throws IOException {
        PdfFonts pdfFonts = fonts();
        progress.reached(0.15);
        try (PDDocument pdf = new PDDocument()) {
            render(pdf, pdfFonts, document, out, progress);
            LinkDescriptions.add(pdf, words);
            progress.reached(0.85);
            pdf.save(out);
        }
        progress.reached(1.0);
    }

    private void render(PDDocument pdf, PdfFonts pdfFonts, String document, OutputStream out, ExportProgress progress)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(pdf)
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                .useColorProfile(colorProfile())
                .useFont(new PDFontSupplier(PDType0Font.load(pdf, pdfFonts.regular(), true)),
                        FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(new PDFontSupplier(PDType0Font.load(pdf, pdfFonts.bold(), true)),
                        FONT_FAMILY, 700, FontStyle.NORMAL, true)
                // Nothing is fetched: the document refers to nothing outside itself.
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withProducer("Case Explorer")
                .withHtmlContent(document, null)
                .toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            progress.reached(0.3);
            renderer.layout();
            progress.reached(0.7);
            renderer.createPDFKeepOpen();
        }
    }

    private PdfFonts fonts() throws IOException {
        if (fonts == null) {
            try {
                fonts = loading == null ? PdfFonts.load() : loading.join();
            } catch (RuntimeException e) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null
                        ? e.getCause() : e;
                throw new IOException("the bundled fonts could not be loaded: " + cause.getMessage(), cause);
            }
        }
        return fonts;
    }

    private byte[] colorProfile() {
        if (colorProfile == null) {
            colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        }
        return colorProfile;
    }
}
