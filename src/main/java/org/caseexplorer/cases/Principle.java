package org.caseexplorer.cases;

import java.util.List;

/**
 * A principle of internet thinking; {@code parent} is null for a top-level one. {@code source} is
 * where it is described (null when no source describes it); {@code quotes} are more of the
 * sources' own words on it, each where it was found, for a lecturer who wants them beside the
 * definition.
 */
public record Principle(String id, Bilingual name, Bilingual definition, String parent, SourceRef source,
                        List<SourceRef> quotes) {

    public Principle {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    public Principle(String id, Bilingual name, Bilingual definition, String parent, SourceRef source) {
        this(id, name, definition, parent, source, List.of());
    }

    /**
     * Where a principle is described: a source id, the section within it (named in English and
     * Chinese, or in the one language a user's file gives; null when not named) and, where given,
     * the source's own words (verbatim) with their English translation.
     */
    public record SourceRef(String id, Bilingual section, String quote, String translation) {

        public SourceRef(String id, Bilingual section) {
            this(id, section, null, null);
        }
    }
}
