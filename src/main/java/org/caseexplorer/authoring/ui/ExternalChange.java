package org.caseexplorer.authoring.ui;

import java.util.List;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.authoring.FieldDiff;

/**
 * A case's file changed on disk while an editor had it open: their version, its hash and what
 * differs; or, when what another program left cannot be read as a case ({@link #unreadable()}), no
 * version of theirs to take, and the line where reading it failed (0 when not known).
 */
public record ExternalChange(CaseDocument theirs, String theirHash, List<FieldDiff.Change> changes,
                             int unreadableAtLine, int newerFormat) {

    public ExternalChange(CaseDocument theirs, String theirHash, List<FieldDiff.Change> changes) {
        this(theirs, theirHash, changes, -1, 0);
    }

    /**
     * The file now holds no case (a hand edit's trailing comma; another program half-way through
     * writing it): {@code failure} is why it could not be read, and may say at which line.
     */
    static ExternalChange unreadable(String theirHash, java.io.IOException failure) {
        if (failure instanceof org.caseexplorer.cases.io.LibraryFormat.NewerFormatException newer) {
            // Saved by a newer Case Explorer: this one cannot take it, nor save over it.
            return new ExternalChange(null, theirHash, List.of(), 0, newer.format());
        }
        int line = failure instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null
                ? json.getLocation().getLineNr() : 0;
        return new ExternalChange(null, theirHash, List.of(), Math.max(line, 0), 0);
    }

    /** What the file holds now is not a case: invalid JSON, or not an object with content. */
    public boolean unreadable() {
        return theirs == null;
    }
}
