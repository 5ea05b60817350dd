package org.caseexplorer.comparison;

/** How the rows of a comparison are ordered. */
public enum RowOrder {
    /** The order the library lists its principles in. */
    LIBRARY,
    /** Strongest overall first: the sum of every case's strength. */
    TOTAL_STRENGTH,
    /** Where the cases differ most first: the spread between the strongest and weakest cell. */
    DIFFERENCE
}
