package org.caseexplorer.provenance;

/**
 * What checking a quote against its source's text found. {@code sourceWording} is a stretch of
 * the source, exactly as the source has it: the quote itself when {@link State#VERIFIED}, the
 * same words in the source's form when {@link State#FOLDED}, the closest passage (or null when
 * nothing is close) when {@link State#NOT_FOUND}, and null when {@link State#UNCHECKED}.
 * {@code checkedWhenBuilt} marks an unchecked quote of the built-in library: its source's text is
 * not shipped, but the build checks the quote against it ({@code content_check.py}).
 */
public record QuoteVerdict(State state, String sourceWording, boolean checkedWhenBuilt) {

    /** The four outcomes, from best to worst; unchecked means the source has no text to check against. */
    public enum State {
        /** Found character for character. */
        VERIFIED,
        /** Found once simplified and traditional characters, full- and half-width forms, case and white space are folded. */
        FOLDED,
        /** Not in the source, even folded. */
        NOT_FOUND,
        /** The source has no text to check against. */
        UNCHECKED
    }

    public static final QuoteVerdict UNCHECKED = new QuoteVerdict(State.UNCHECKED, null);

    /** A built-in quote: no text to check it against here, but checked against its source by the build. */
    public static final QuoteVerdict CHECKED_WHEN_BUILT = new QuoteVerdict(State.UNCHECKED, null, true);

    public QuoteVerdict(State state, String sourceWording) {
        this(state, sourceWording, false);
    }

    public boolean verified() {
        return state == State.VERIFIED;
    }

    /**
     * Whether nobody has checked the quote against its source: not here, for want of a text, nor
     * by the build. Such a quote may not be called verbatim.
     */
    public boolean uncheckedAnywhere() {
        return state == State.UNCHECKED && !checkedWhenBuilt;
    }
}
