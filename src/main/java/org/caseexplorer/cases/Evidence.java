package org.caseexplorer.cases;

/** A quote, verbatim from a source, that backs a link between a case and a principle. */
public record Evidence(String source, String quote) {
}
