package org.caseexplorer.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseexplorer.provenance.QuoteVerdict;

/**
 * The quotes of one case that cite a source with no text, gathered while the case is checked, so
 * that the case gets one note about them (at the first one) rather than a note per quote.
 */
final class UncheckedQuotes {

    /** The note: what it says, and the JSON Pointers of the unchecked quotes (it goes at the first in the file). */
    record Note(List<String> pointers, String message) {
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
        String quotes = n == 1 ? "1 quote is unchecked: " : n + " quotes are unchecked: ";
        String them = n == 1 ? "it" : "them";
        List<String> own = sources.stream().filter(s -> !builtInSources.contains(s)).toList();
        List<String> builtIn = sources.stream().filter(builtInSources::contains).toList();
        List<String> reasons = new ArrayList<>();
        if (!own.isEmpty()) {
            reasons.add(names("source", own) + (own.size() == 1 ? " has" : " have") + " no text to check " + them
                    + " against (add one with \"text\": \"sources/….txt\" to its entry in sources.json, or with"
                    + " File ▸ Add source…)");
        }
        if (!builtIn.isEmpty()) {
            reasons.add("built-in " + names("source", builtIn) + (builtIn.size() == 1 ? " comes without its text"
                    : " come without their texts") + " (cite a source of your own that has one to have " + them + " checked)");
        }
        return Optional.of(new Note(List.copyOf(pointers), quotes + String.join("; ", reasons)));
    }

    /** source “a”, or sources “a” and “b”, or sources “a”, “b” and “c”. */
    private static String names(String word, List<String> ids) {
        List<String> quoted = ids.stream().map(id -> "\u201C" + SchemaMessages.shorten(id) + "\u201D").toList();
        if (quoted.size() == 1) {
            return word + " " + quoted.get(0);
        }
        return word + "s " + quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + quoted.get(quoted.size() - 1);
    }
}
