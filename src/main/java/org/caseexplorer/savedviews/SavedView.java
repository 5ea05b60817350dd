package org.caseexplorer.savedviews;

import java.nio.file.Path;
import java.util.Objects;
import org.caseexplorer.comparison.ComparisonChoice;
import org.caseexplorer.filter.CaseFilter;

/**
 * A named state of the window a lecturer prepares for a class: the principle filter (ticked,
 * excluded, any or all), the search, and the cases chosen for comparison with their baseline.
 * {@code file} is where it is kept, or null before it is saved.
 */
public record SavedView(String name, CaseFilter filter, ComparisonChoice comparison, Path file) {

    public SavedView {
        Objects.requireNonNull(name);
        Objects.requireNonNull(filter);
        Objects.requireNonNull(comparison);
        // One line: a line break or another control character would draw over the next row of the list.
        name = name.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a saved view needs a name");
        }
    }

    /** The same state under another name, kept in the same file. */
    public SavedView named(String newName) {
        return new SavedView(newName, filter, comparison, file);
    }

    SavedView in(Path newFile) {
        return new SavedView(name, filter, comparison, newFile);
    }
}
