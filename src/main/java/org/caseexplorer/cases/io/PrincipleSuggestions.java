package org.caseexplorer.cases.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.Printable;
import org.caseexplorer.cases.Wording;

/**
 * The principles a mistyped principle id most likely meant: by edit distance on the id, and by
 * either language's name, so "口碑", "wom", "Word of mouth" and "word-of-mouth " all lead to
 * {@code word-of-mouth}. Plain Java, no state.
 */
public final class PrincipleSuggestions {

    /** At most this many suggestions: more would not help anyone choose. */
    static final int MAX = 3;

    private PrincipleSuggestions() {
    }

    /**
     * "unknown principle 'wom' (this link is left out). Did you mean 'word-of-mouth' (Word of
     * mouth · 口碑)? The principles are: …", as {@link UnknownId#phrase} says it for other ids.
     * {@code noun} is a principle or a parent principle; {@code consequence} may be null.
     */
    public static Phrase phrase(UnknownId.Noun noun, String given, Collection<Principle> known, Wording consequence) {
        return UnknownId.phrase(noun, given, known.stream().map(Principle::id).toList(), consequence,
                suggest(given, known).stream().map(PrincipleSuggestions::named).toList());
    }

    /** 'word-of-mouth' (Word of mouth · 口碑): the names in both languages are data, the brackets words. */
    static Phrase named(Principle p) {
        String names = java.util.stream.Stream.of(p.name().en(), p.name().zh()).filter(java.util.Objects::nonNull)
                .map(Printable::escape).distinct().collect(Collectors.joining(" \u00B7 "));
        return Wording.PRINCIPLE_NAMED.with(p.id(), names);
    }

    /** The likely principles, best first: the id or a name written another way, then a name's part, then near ids. */
    public static List<Principle> suggest(String given, Collection<Principle> known) {
        String asId = asId(given);
        if (asId.isEmpty() || given.length() > 100) {
            return List.of();
        }
        Set<Principle> found = new LinkedHashSet<>();
        for (Principle p : known) {
            if (p.id().equals(asId) || asId.equals(asId(nameIn(p, Lang.EN))) || given.strip().equals(nameIn(p, Lang.ZH))) {
                found.add(p);
            }
        }
        for (Principle p : known) {
            if (initials(p.id()).equals(asId) || initials(asId(nameIn(p, Lang.EN))).equals(asId)) {
                found.add(p);
            }
        }
        String stripped = given.strip();
        for (Principle p : known) {
            String zh = nameIn(p, Lang.ZH);
            boolean inChinese = stripped.codePointCount(0, stripped.length()) >= 2 && !zh.isEmpty()
                    && (zh.contains(stripped) || stripped.contains(zh));
            boolean inEnglish = asId.length() >= 4 && ("-" + asId(nameIn(p, Lang.EN)) + "-").contains("-" + asId + "-");
            if (inChinese || inEnglish) {
                found.add(p);
            }
        }
        List<String> ids = known.stream().map(Principle::id).toList();
        UnknownId.nearest(asId, ids).ifPresent(id -> known.stream().filter(p -> p.id().equals(id)).forEach(found::add));
        return new ArrayList<>(found).subList(0, Math.min(MAX, found.size()));
    }

    private static String nameIn(Principle p, Lang lang) {
        String name = lang == Lang.ZH ? p.name().zh() : p.name().en();
        return name == null ? "" : name;
    }

    /** "Word of mouth " as an id is written: "word-of-mouth". */
    static String asId(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-").replaceAll("[^\\p{L}\\p{N}-]", "")
                .replaceAll("-+", "-").replaceAll("^-|-$", "");
    }

    /** "word-of-mouth" -> "wom"; a one-word id has no initials worth matching. */
    private static String initials(String id) {
        String[] parts = id.split("-");
        if (parts.length < 2) {
            return "\u0000";
        }
        StringBuilder letters = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                letters.appendCodePoint(part.codePointAt(0));
            }
        }
        return letters.toString();
    }
}
