package org.caseexplorer.cases;

import java.util.Locale;

/**
 * File sizes in messages. A size just over a limit is given in bytes, so that a message never
 * reads "the file is 5.0 MB; at most 5 MB".
 */
final class FileSizes {

    private static final double MB = 1024 * 1024;

    private FileSizes() {
    }

    /** "the file is 60.0 MB; …" or, when that would round to the limit, the exact bytes. */
    static String tooLarge(long size, long limit) {
        double shown = Math.floor(size / MB * 10) / 10;
        String is = shown > limit / MB
                ? String.format(Locale.ROOT, "%.1f MB", shown)
                : String.format(Locale.ROOT, "%,d bytes", size);
        return "the file is " + is + "; it may be at most " + limit(limit);
    }

    /** For a file that grew past the limit while it was read (its size was not known). */
    static String grewTooLarge(long limit) {
        return "the file is larger than " + limit(limit) + ", the most it may be";
    }

    /** "5 MB (5,242,880 bytes)". */
    static String limit(long limit) {
        String mb = limit % (1024 * 1024) == 0
                ? (limit / (1024 * 1024)) + " MB"
                : String.format(Locale.ROOT, "%.1f MB", limit / MB);
        return mb + String.format(Locale.ROOT, " (%,d bytes)", limit);
    }
}
