package org.caseexplorer.cases;

/** A principle of internet thinking; {@code parent} is null for a top-level one. */
public record Principle(String id, Bilingual name, Bilingual definition, String parent, SourceRef source) {

    /**
     * Where a principle is described: a source id, the section within it and, where given, the
     * source's own words (verbatim) with their English translation.
     */
    public record SourceRef(String id, String section, String quote, String translation) {

        public SourceRef(String id, String section) {
            this(id, section, null, null);
        }
    }
}
