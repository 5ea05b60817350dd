package org.caseexplorer.testing;

import java.util.List;
import java.util.function.Predicate;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;

/**
 * The filter's answer worked out by a plain scan of the library's links, so tests pin the
 * filter's rules rather than today's content: a case shows a principle when it links it or one
 * of its descendants.
 */
public final class LinkScan {

    private final Library library;

    public LinkScan(Library library) {
        this.library = library;
    }

    public boolean shows(Case c, String principle) {
        java.util.Collection<String> matching = library.withDescendants(principle);
        return c.links().stream().anyMatch(l -> matching.contains(l.principle()));
    }

    /** The ids of the cases the rule keeps, in the gallery's order (by id). */
    public List<String> ids(Predicate<Case> rule) {
        return library.cases().stream().filter(rule).map(Case::id).sorted().toList();
    }
}
