package org.caseexplorer.sources;

/**
 * A passage chosen in the source reader to use as a quote: the source's id and the passage
 * exactly as the source's text has it (a substring of it, never folded or trimmed inside).
 */
public record EvidenceQuote(String sourceId, String quote) {
}
