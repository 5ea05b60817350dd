package org.caseexplorer.cases.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;

/**
 * Reads the text of a source article named by a {@code sources.json} entry's {@code text}: a
 * path inside the library folder to a UTF-8 plain-text or Markdown file, or a PDF whose text
 * PDFBox can extract. Everything else is refused with the reason in words: a URL or absolute
 * path, {@code ..} leading out of the folder, a link leading out of it, a missing or special
 * file, a file over {@link #MAX_BYTES}, text that is not UTF-8, a PDF with no text.
 */
public final class SourceTextFile {

    /** An article's text file at most this large: a long article is a few hundred kilobytes. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Duration READ_DEADLINE = Duration.ofSeconds(10);

    private SourceTextFile() {
    }

    /** {@code relative} resolved inside {@code folder}, or refused with the reason. */
    public static Path resolve(Path folder, String relative) throws LibraryFile.Refused {
        String lower = relative.toLowerCase(Locale.ROOT);
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || relative.startsWith("/") || relative.startsWith("\\")) {
            throw refused(Wording.SOURCE_TEXT_NOT_RELATIVE.with());
        }
        Path base = folder.toAbsolutePath().normalize();
        Path resolved;
        try {
            resolved = base.resolve(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw refused(Wording.SOURCE_TEXT_NOT_A_NAME.with());
        }
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw refused(Wording.SOURCE_TEXT_OUTSIDE.with());
        }
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(Wording.SOURCE_TEXT_MISSING.with(relative));
        }
        // Every link on the way followed: sources/ as a link to /etc would read /etc/passwd.
        try {
            LibraryFile.requireInside(base, resolved);
        } catch (LibraryFile.Refused e) {
            throw refused(e.reason());
        } catch (IOException e) {
            throw refused(Wording.FILE_CANNOT_BE_READ.with(JsonFileReader.describe(e)));
        }
        return resolved;
    }

    /** The text of the file at {@code relative} inside {@code folder}. */
    public static String read(Path folder, String relative) throws IOException {
        Path file = resolve(folder, relative);
        byte[] bytes;
        try (LibraryFile in = LibraryFile.open(file, folder.toAbsolutePath().normalize(), MAX_BYTES, READ_DEADLINE)) {
            bytes = in.readAll();
        }
        if (isPdf(bytes)) {
            return pdfText(bytes);
        }
        return utf8(bytes);
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    private static String pdfText(byte[] bytes) throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                throw refused(Wording.SOURCE_TEXT_ENCRYPTED_PDF.with());
            }
            text = BoundedPdfText.of(pdf);
        } catch (LibraryFile.Refused e) {
            throw e;
        } catch (BoundedPdfText.Limit e) {
            throw refused(e.reason);
        } catch (StackOverflowError e) {
            // A page tree or an object nested thousands deep: PDFBox recurses into it.
            throw refused(Wording.SOURCE_TEXT_PDF_TOO_DEEP.with());
        } catch (IOException | RuntimeException e) {
            throw refused(Wording.SOURCE_TEXT_UNREADABLE_PDF.with(e.getMessage()));
        }
        if (text.isBlank()) {
            // No text may mean a scan, or a file cut short in the download: say which.
            throw refused(endsAsAPdf(bytes) ? Wording.SOURCE_TEXT_EMPTY_PDF.with() : Wording.SOURCE_TEXT_PDF_CUT_SHORT.with());
        }
        return text;
    }

    /** Whether a PDF's last kilobyte holds its end-of-file marker, as every whole PDF's does. */
    private static boolean endsAsAPdf(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /** Strict UTF-8, a byte-order mark dropped; else refused at the first bad byte. */
    private static String utf8(byte[] bytes) throws LibraryFile.Refused {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        if (decoder.decode(in, out, true).isError()) {
            throw refused(Wording.SOURCE_TEXT_NOT_UTF8.with(String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xFF),
                    in.position()));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            throw refused(Wording.SOURCE_TEXT_NUL_BYTES.with());
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Why a source's text cannot be used: the reason it was refused, or why it could not be read. */
    static Phrase describe(IOException e) {
        return e instanceof LibraryFile.Refused refused ? refused.reason()
                : Wording.FILE_CANNOT_BE_READ.with(JsonFileReader.describe(e));
    }

    private static LibraryFile.Refused refused(Phrase reason) {
        return new LibraryFile.Refused(ProblemKind.SOURCE_TEXT_UNUSABLE, reason);
    }
}
