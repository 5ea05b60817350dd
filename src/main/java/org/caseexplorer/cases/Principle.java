package org.caseexplorer.cases;

/** A principle of internet thinking; {@code parent} is null for a top-level one. */
public record Principle(String id, Bilingual name, Bilingual definition, String parent, SourceRef source) {

    /** Where a principle is described: a source id and the section within it. */
    public record SourceRef(String id, String section) {
    }
}
