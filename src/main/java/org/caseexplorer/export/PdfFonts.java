package org.caseexplorer.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.caseexplorer.assets.BundledFonts;

/**
 * The bundled Case Explorer Sans, parsed once for PDF output. Parsing a 10 MB CJK font is the
 * largest single step of a first export, so it can start early on another thread while the
 * library loads and the document is written. The parsed fonts are read again for every
 * document (each embeds its own subset), so one export at a time uses them.
 */
public record PdfFonts(TrueTypeFont regular, TrueTypeFont bold) {

    /** Reads and parses both fonts now. */
    public static PdfFonts load() {
        return new PdfFonts(parse(BundledFonts.REGULAR), parse(BundledFonts.BOLD));
    }

    /** Starts reading and parsing both fonts on a thread of its own. */
    public static CompletableFuture<PdfFonts> loadInBackground() {
        CompletableFuture<PdfFonts> fonts = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                fonts.complete(load());
            } catch (RuntimeException | Error e) {
                fonts.completeExceptionally(e);
            }
        }, "pdf-fonts");
        thread.setDaemon(true);
        thread.start();
        return fonts;
    }

    private static TrueTypeFont parse(String name) {
        try (InputStream in = BundledFonts.open(name)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + name, e);
        }
    }
}
