package org.caseexplorer.comparison;

/** Which rows a comparison keeps. */
public enum RowScope {
    /** Every principle at least one of the cases illustrates. */
    ALL,
    /** Only principles where the cases' strengths are not all the same. */
    ONLY_DIFFERENCES,
    /** Only principles every case illustrates. */
    ONLY_SHARED
}
