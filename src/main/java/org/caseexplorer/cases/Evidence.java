package org.caseexplorer.cases;

import org.caseexplorer.provenance.QuoteVerdict;

/**
 * A quote, verbatim from a source, that backs a link between a case and a principle, with its
 * English translation (null where the case file gives none) and what checking it against the
 * source's text found ({@link QuoteVerdict#UNCHECKED} where the source has no text).
 */
public record Evidence(String source, String quote, String translation, QuoteVerdict verdict) {

    public Evidence {
        verdict = verdict == null ? QuoteVerdict.UNCHECKED : verdict;
    }

    public Evidence(String source, String quote, String translation) {
        this(source, quote, translation, QuoteVerdict.UNCHECKED);
    }

    public Evidence(String source, String quote) {
        this(source, quote, null);
    }

    public Evidence withVerdict(QuoteVerdict checked) {
        return new Evidence(source, quote, translation, checked);
    }
}
