package org.caseexplorer.cases;

/** A key fact about a case, with the source and quote it comes from. Year may be null. */
public record Fact(Bilingual label, Bilingual value, Integer year, String source, String quote) {
}
