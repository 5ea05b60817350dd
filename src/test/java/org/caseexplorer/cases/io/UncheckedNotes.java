package org.caseexplorer.cases.io;

import java.util.List;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;

/**
 * For tests of a user folder whose cases cite sources with no text (the built-in ones, as most
 * fixtures derived from a built-in case do): each such case gets one note saying how many of its
 * quotes are unchecked. These helpers set exactly those notes apart, so a test still counts every
 * other problem and note exactly.
 */
public final class UncheckedNotes {

    private UncheckedNotes() {
    }

    /** Whether this is the loader's note on a case's unchecked quotes. */
    static boolean isUncheckedNote(Problem p) {
        return p.isNote() && p.kind() == ProblemKind.UNCHECKED_QUOTES;
    }

    /** Every problem and note of the load but the notes on unchecked quotes, in order. */
    public static List<Problem> besides(Library library) {
        return library.problems().stream().filter(p -> !isUncheckedNote(p)).toList();
    }

    /** Only the notes on unchecked quotes, in order. */
    public static List<Problem> of(Library library) {
        return library.problems().stream().filter(UncheckedNotes::isUncheckedNote).toList();
    }

    /** The note a copy of the built-in Tesla case gets: its six quotes cite the built-in "tesla-rise". */
    static final String TESLA_COPY = teslaCopy(6);

    /** Whether this is {@link #teslaCopy} for some number of quotes: a copy of Tesla, perhaps with a link left out. */
    public static boolean isTeslaCopyNote(Problem p) {
        return p.isNote() && java.util.stream.IntStream.rangeClosed(1, 6).anyMatch(n -> p.message().equals(teslaCopy(n)));
    }

    /** The same with {@code quotes} quotes left, as when a link of the copy is left out. */
    public static String teslaCopy(int quotes) {
        return quotes + " quotes are unchecked: built-in source \u201Ctesla-rise\u201D comes without its"
                + " text (cite a source of your own that has one to have them checked)";
    }
}
