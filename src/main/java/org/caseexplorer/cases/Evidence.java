package org.caseexplorer.cases;

/**
 * A quote, verbatim from a source, that backs a link between a case and a principle, with its
 * English translation (null where the case file gives none).
 */
public record Evidence(String source, String quote, String translation) {

    public Evidence(String source, String quote) {
        this(source, quote, null);
    }
}
