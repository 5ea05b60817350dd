package org.caseexplorer.cases.io;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Wording;

/** The words for an id that names nothing: the nearest known id, and the ids there are. */
public final class UnknownId {

    /** Lists longer than this name only the nearest ids, not all of them. */
    private static final int LIST_ALL_UP_TO = 30;

    /** What the unknown id was meant to name, with the words for it and for the ids there are. */
    public enum Noun {
        PRINCIPLE(Wording.UNKNOWN_PRINCIPLE, Wording.NO_PRINCIPLES, Wording.THE_PRINCIPLES, Wording.PRINCIPLES_DEFINED),
        PARENT_PRINCIPLE(Wording.UNKNOWN_PARENT_PRINCIPLE, Wording.NO_PRINCIPLES, Wording.THE_PRINCIPLES,
                Wording.PRINCIPLES_DEFINED),
        SOURCE(Wording.UNKNOWN_SOURCE, Wording.NO_SOURCES, Wording.THE_SOURCES, Wording.SOURCES_DEFINED),
        CASE(Wording.UNKNOWN_CASE, Wording.NO_CASES, Wording.THE_CASES, Wording.CASES_DEFINED);

        private final Wording unknown;
        private final Wording none;
        private final Wording all;
        private final Wording count;

        Noun(Wording unknown, Wording none, Wording all, Wording count) {
            this.unknown = unknown;
            this.none = none;
            this.all = all;
            this.count = count;
        }
    }

    private UnknownId() {
    }

    /**
     * "unknown principle 'branding' (this link is left out). Did you mean 'brand'? The principles
     * are: …". {@code consequence} says what becomes of the entry, or is null.
     */
    public static Phrase phrase(Noun noun, String given, Collection<String> known, Wording consequence) {
        return phrase(noun, given, known, consequence,
                nearest(given, known).map(n -> Wording.QUOTED.with(n)).stream().toList());
    }

    /** The same with the guesses given, each said as the message shows it ("'brand' (Brand thinking)"). */
    static Phrase phrase(Noun noun, String given, Collection<String> known, Wording consequence, List<Phrase> guesses) {
        Object guessed = "";
        if (!guesses.isEmpty()) {
            Phrase or = guesses.get(0);
            for (Phrase next : guesses.subList(1, guesses.size())) {
                or = Wording.LIST_OR.with(or, next);
            }
            guessed = Wording.DID_YOU_MEAN.with(or);
        }
        Phrase there;
        if (known.isEmpty()) {
            there = noun.none.with();
        } else if (known.size() <= LIST_ALL_UP_TO) {
            // The ids themselves, as they are written in the files: no words to translate.
            there = noun.all.with(known.stream().sorted().collect(Collectors.joining(", ")));
        } else {
            there = noun.count.with(known.size());
        }
        return noun.unknown.with(SchemaMessages.shorten(given), consequence == null ? "" : consequence.with(), guessed,
                there);
    }

    /** The known id fewest edits away, if it is near enough to be a likely slip. */
    static Optional<String> nearest(String given, Collection<String> known) {
        if (given.length() > 100) {
            return Optional.empty();
        }
        int allowed = Math.max(2, given.length() * 2 / 5);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String id : known.stream().sorted().toList()) {
            int d = distance(given, id);
            if (d <= allowed && d < bestDistance) {
                best = id;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance: the fewest single-character edits that turn one string into the other. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
