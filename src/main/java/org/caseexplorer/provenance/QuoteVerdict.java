package org.caseexplorer.provenance;

/**
 * What checking a quote against its source's text found. {@code sourceWording} is a stretch of
 * the source, exactly as the source has it: the quote itself when {@link State#VERIFIED}, the
 * same words in the source's form when {@link State#FOLDED}, the closest passage (or null when
 * nothing is close) when {@link State#NOT_FOUND}, and null when {@link State#UNCHECKED}.
 */
public record QuoteVerdict(State state, String sourceWording) {

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

    public boolean verified() {
        return state == State.VERIFIED;
    }
}
