package org.caseexplorer.cases.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;

/**
 * A case's picture, read with care: its size is read from the file's header before anything is
 * decoded, a picture of more than {@link #MAX_PIXELS} is refused (a small PNG can decode to
 * 30000 x 30000 pixels, 3.6 GB), and a picture is decoded at about the size it is shown,
 * every n-th pixel of every n-th row, so a large photo never sits in memory at full size. Plain
 * Java (Image I/O), so it is tested without a window.
 */
public final class CasePicture {

    /** 25 megapixels: a 6000 x 4000 photo, as a camera of today takes, fits. */
    public static final long MAX_PIXELS = 25_000_000;
    /** A picture file may be at most 20 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final Duration READ_DEADLINE = Duration.ofSeconds(10);
    /** What the window can show. */
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "bmp");

    /** A picture's own size in pixels. */
    public record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    /** A decoded picture and the size of the picture it was decoded from. */
    public record Decoded(BufferedImage image, Size original) {
    }

    private CasePicture() {
    }

    /**
     * The size of the picture at {@code file} (in {@code folder}), read from its header only.
     *
     * @throws LibraryFile.Refused when it is not a picture the app shows, or is too large
     */
    static Size check(Path file, Path folder) throws IOException {
        try (LibraryFile picture = LibraryFile.open(file, folder, MAX_BYTES, READ_DEADLINE);
             ImageInputStream in = new MemoryCacheImageInputStream(picture.stream())) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                return checked(new Size(reader.getWidth(0), reader.getHeight(0)));
            } catch (RuntimeException e) {
                // Image I/O answers some broken files (a GIF with no frame) with an unchecked
                // exception: a bad picture is one case's problem, never the library's.
                throw new LibraryFile.Refused(ProblemKind.IMAGE_NOT_USABLE, Wording.PICTURE_UNREADABLE.with(describe(e)));
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Decodes the picture at {@code file} so that it is at least {@code width} pixels wide where
     * the picture is (it is never made larger than it is) and less than twice that.
     */
    public static Decoded decode(Path file, int width) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        try (LibraryFile picture = LibraryFile.open(file, folder, MAX_BYTES, READ_DEADLINE);
             ImageInputStream in = new MemoryCacheImageInputStream(picture.stream())) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                Size size = checked(new Size(reader.getWidth(0), reader.getHeight(0)));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, size.width() / Math.max(1, width));
                param.setSourceSubsampling(step, step, 0, 0);
                return new Decoded(reader.read(0, param), size);
            } catch (RuntimeException e) {
                throw new LibraryFile.Refused(ProblemKind.IMAGE_NOT_USABLE, Wording.PICTURE_UNREADABLE.with(describe(e)));
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader readerFor(ImageInputStream in) throws LibraryFile.Refused {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return reader;
                }
            } catch (IOException e) {
                // a reader that cannot name its format is not one of ours
            }
            reader.dispose();
        }
        throw new LibraryFile.Refused(ProblemKind.IMAGE_NOT_USABLE, Wording.PICTURE_FORMAT.with());
    }

    private static Size checked(Size size) throws LibraryFile.Refused {
        if (size.pixels() > MAX_PIXELS) {
            // Exact counts: "25.0 megapixels; at most 25" would read as no reason at all.
            throw new LibraryFile.Refused(ProblemKind.IMAGE_NOT_USABLE, Wording.PICTURE_TOO_MANY_PIXELS.with(
                    grouped(size.width()), grouped(size.height()), grouped(size.pixels()), grouped(MAX_PIXELS)));
        }
        return size;
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
