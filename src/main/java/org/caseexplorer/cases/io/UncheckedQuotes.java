package org.caseexplorer.cases.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Wording;
import org.caseexplorer.provenance.QuoteVerdict;

/**
 * The quotes of one case that cite a source with no text, gathered while the case is checked, so
 * that the case gets one note about them (at the first one) rather than a note per quote.
 */
final class UncheckedQuotes {

    /** The note: its words, and the JSON Pointers of the unchecked quotes (it goes at the first in the file). */
    record Note(List<String> pointers, Phrase words) {
    }

    private final List<String> pointers = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();

    /** Counts the quote at {@code pointer} if nobody checked it against {@code sourceId}. */
    void add(QuoteVerdict verdict, String pointer, String sourceId) {
        if (verdict.uncheckedAnywhere()) {
            pointers.add(pointer);
            sources.add(sourceId);
        }
    }

    /**
     * "2 quotes are unchecked: source “x” has no text to check them against (add one with
     * "text": … to its entry in sources.json)". A built-in source cannot be given one, and says so.
     */
    Optional<Note> note(Set<String> builtInSources) {
        if (pointers.isEmpty()) {
            return Optional.empty();
        }
        int n = pointers.size();
        boolean one = n == 1;
        List<String> own = sources.stream().filter(s -> !builtInSources.contains(s)).toList();
        List<String> builtIn = sources.stream().filter(builtInSources::contains).toList();
        List<Phrase> reasons = new ArrayList<>();
        if (!own.isEmpty()) {
            Wording says = own.size() == 1 ? (one ? Wording.OWN_SOURCE_IT : Wording.OWN_SOURCE_THEM)
                    : (one ? Wording.OWN_SOURCES_IT : Wording.OWN_SOURCES_THEM);
            reasons.add(says.with(names(own)));
        }
        if (!builtIn.isEmpty()) {
            Wording says = builtIn.size() == 1 ? (one ? Wording.BUILT_IN_SOURCE_IT : Wording.BUILT_IN_SOURCE_THEM)
                    : (one ? Wording.BUILT_IN_SOURCES_IT : Wording.BUILT_IN_SOURCES_THEM);
            reasons.add(says.with(names(builtIn)));
        }
        Phrase why = reasons.size() == 1 ? reasons.get(0) : Wording.UNCHECKED_BOTH.with(reasons.get(0), reasons.get(1));
        return Optional.of(new Note(List.copyOf(pointers),
                one ? Wording.UNCHECKED_ONE.with(why) : Wording.UNCHECKED_MANY.with(n, why)));
    }

    /** source “a”, or sources “a” and “b”, or sources “a”, “b” and “c”. */
    private static Phrase names(List<String> ids) {
        List<Phrase> quoted = ids.stream().map(id -> Wording.CURLY_QUOTED.with(SchemaMessages.shorten(id))).toList();
        if (quoted.size() == 1) {
            return Wording.SOURCE_NAMED.with(quoted.get(0));
        }
        Phrase all = quoted.get(0);
        for (Phrase next : quoted.subList(1, quoted.size() - 1)) {
            all = Wording.LIST_COMMA.with(all, next);
        }
        return Wording.SOURCES_NAMED.with(all, quoted.get(quoted.size() - 1));
    }
}
