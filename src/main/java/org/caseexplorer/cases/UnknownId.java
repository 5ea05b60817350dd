package org.caseexplorer.cases;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** The message for an id that names nothing: the nearest known id, and the ids there are. */
public final class UnknownId {

    /** Lists longer than this name only the nearest ids, not all of them. */
    private static final int LIST_ALL_UP_TO = 30;

    private UnknownId() {
    }

    /**
     * "unknown principle 'branding' (this link is left out). Did you mean 'brand'? The principles
     * are: …". {@code consequence} says what becomes of the entry, or is empty.
     */
    public static String message(String kind, String plural, String given, Collection<String> known, String consequence) {
        return message(kind, plural, given, known, consequence,
                nearest(given, known).map(n -> "'" + n + "'").stream().toList());
    }

    /** The same with the guesses given, each written as the message shows it ("'brand' (Brand thinking)"). */
    static String message(String kind, String plural, String given, Collection<String> known, String consequence,
                          java.util.List<String> guesses) {
        StringBuilder message = new StringBuilder("unknown ").append(kind).append(" '")
                .append(SchemaMessages.shorten(given)).append('\'');
        if (!consequence.isEmpty()) {
            message.append(" (").append(consequence).append(')');
        }
        message.append('.');
        if (!guesses.isEmpty()) {
            message.append(" Did you mean ").append(String.join(" or ", guesses)).append('?');
        }
        if (known.isEmpty()) {
            message.append(" There are no ").append(plural).append('.');
        } else if (known.size() <= LIST_ALL_UP_TO) {
            message.append(" The ").append(plural).append(" are: ")
                    .append(known.stream().sorted().collect(Collectors.joining(", "))).append('.');
        } else {
            message.append(" (").append(known.size()).append(' ').append(plural).append(" are defined.)");
        }
        return message.toString();
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
