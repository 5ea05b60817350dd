package org.caseexplorer.cases.io;

import java.util.Locale;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Wording;

/**
 * File sizes in messages. A size just over a limit is given in bytes, so that a message never
 * reads "the file is 5.0 MB; at most 5 MB".
 */
final class FileSizes {

    private static final double MB = 1024 * 1024;

    private FileSizes() {
    }

    /** "the file is 60.0 MB; …" or, when that would round to the limit, the exact bytes. */
    static Phrase tooLarge(long size, long limit) {
        double shown = Math.floor(size / MB * 10) / 10;
        Phrase is = shown > limit / MB
                ? Wording.SIZE_MEGABYTES.with(String.format(Locale.ROOT, "%.1f", shown))
                : Wording.SIZE_BYTES.with(String.format(Locale.ROOT, "%,d", size));
        return Wording.FILE_TOO_LARGE.with(is, limit(limit));
    }

    /** For a file that grew past the limit while it was read (its size was not known). */
    static Phrase grewTooLarge(long limit) {
        return Wording.FILE_GREW_TOO_LARGE.with(limit(limit));
    }

    /** "5 MB (5,242,880 bytes)". */
    static Phrase limit(long limit) {
        String mb = limit % (1024 * 1024) == 0
                ? String.valueOf(limit / (1024 * 1024))
                : String.format(Locale.ROOT, "%.1f", limit / MB);
        return Wording.SIZE_LIMIT.with(mb, String.format(Locale.ROOT, "%,d", limit));
    }
}
