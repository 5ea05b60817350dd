package org.caseexplorer.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.caseexplorer.compare.Comparison;

/**
 * A comparison as a print-ready PDF, laid out by openhtmltopdf from {@link ComparisonHtml}:
 * tagged for PDF/UA-1 and PDF/A-2u, every font embedded as a subset of the bundled Noto Sans SC,
 * the header row repeated on every page, bookmarks and document metadata.
 * One instance keeps the font bytes, so later exports skip reading them again; it is not meant
 * for two exports at once.
 */
public final class ComparisonPdfExporter implements ComparisonExporter {

    /** The family the stylesheet names; the fonts are registered under exactly this name. */
    public static final String FONT_FAMILY = "Noto Sans SC";
    static final String REGULAR = "/assets/fonts/NotoSansSC_400Regular.ttf";
    static final String BOLD = "/assets/fonts/NotoSansSC_700Bold.ttf";

    static {
        // openhtmltopdf logs every resource and layout step through java.util.logging.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private byte[] regular;
    private byte[] bold;
    private byte[] colorProfile;

    @Override
    public synchronized void write(Comparison comparison, ExportSettings settings, OutputStream out,
                                   ExportProgress progress) throws IOException {
        progress.reached(0.05);
        loadResources();
        String document = ComparisonHtml.of(comparison, settings);
        progress.reached(0.15);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                .useColorProfile(colorProfile)
                .useFont(() -> new java.io.ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new java.io.ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                // Nothing is fetched: the document refers to nothing outside itself.
                .useExternalResourceAccessControl((uri, type) -> false,
                        com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withProducer("Case Explorer")
                .withHtmlContent(document, null)
                .toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            progress.reached(0.3);
            renderer.layout();
            progress.reached(0.7);
            PDDocument pdf = renderer.createPDFKeepOpen();
            LinkDescriptions.add(pdf, new ComparisonText(comparison, settings));
            progress.reached(0.85);
            pdf.save(out);
        }
        progress.reached(1.0);
    }

    /** Reads the fonts and the colour profile once; a warm-up call makes the first export fast. */
    private void loadResources() throws IOException {
        if (regular == null) {
            regular = resource(REGULAR);
            bold = resource(BOLD);
            colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ComparisonPdfExporter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("bundled font missing: " + path);
            }
            return in.readAllBytes();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
