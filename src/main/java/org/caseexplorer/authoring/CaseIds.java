package org.caseexplorer.authoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Case ids: one proposed from a name, and made unique among those taken. */
public final class CaseIds {

    public static final int MAX_LENGTH = 64;

    private CaseIds() {
    }

    /** "Nio Inc." gives "nio-inc"; a name with no Latin letters or digits gives "case". */
    public static String fromName(String englishName) {
        String plain = Normalizer.normalize(englishName == null ? "" : englishName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_LENGTH - 4) {
            plain = plain.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "case" : plain;
    }

    /** {@code id}, or {@code id-2}, {@code id-3}… whichever is first not taken. */
    public static String unique(String id, Predicate<String> taken) {
        if (!taken.test(id)) {
            return id;
        }
        for (int n = 2; ; n++) {
            String candidate = id + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    public static String unique(String id, Set<String> taken) {
        return unique(id, taken::contains);
    }
}
