package org.caseexplorer.map;

import org.caseexplorer.cases.Library;

/**
 * Which picture of the library: every case and principle with a link per piece of evidence, or
 * the principles alone, linked by how many cases show both (for libraries too large to draw case
 * by case).
 */
public enum MapKind {
    CASES, PRINCIPLES;

    /** Above this many cases a case-level map is a hairball: the principle map is drawn instead. */
    public static final int MAX_CASES_DRAWN = 300;

    /** The case map while it stays readable, else the co-occurrence map. */
    public static MapKind forLibrary(Library library) {
        return library.cases().size() <= MAX_CASES_DRAWN ? CASES : PRINCIPLES;
    }
}
