package org.caseexplorer.filter;

/** How several chosen principles combine: a case shows if it has ANY of them, or ALL of them. */
public enum FilterMode {
    ANY, ALL
}
