package org.caseexplorer.authoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Case ids: one proposed from a case's names, and made unique among those taken. */
public final class CaseIds {

    public static final int MAX_LENGTH = 64;

    private CaseIds() {
    }

    /** "Nio Inc." gives "nio-inc"; a name with no Latin letters or digits gives "case". */
    public static String fromName(String englishName) {
        String plain = slug(englishName);
        return plain.isEmpty() ? "case" : plain;
    }

    /** The name's Latin letters and digits in lower case, joined by dashes; empty if it has none. */
    private static String slug(String englishName) {
        String plain = Normalizer.normalize(englishName == null ? "" : englishName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_LENGTH - 4) {
            plain = plain.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
        }
        return plain;
    }

    /**
     * The id proposed for a new case: from the English name where it has Latin letters or
     * digits ("Nio Inc." gives "nio-inc", or "nio-inc-2" if that is taken); else, for a case
     * named only in Chinese, "case-1", "case-2"… whichever is first not taken; empty while the
     * case has no name at all.
     */
    public static String propose(String englishName, String chineseName, Predicate<String> taken) {
        String en = englishName == null ? "" : englishName.strip();
        String zh = chineseName == null ? "" : chineseName.strip();
        String fromEnglish = slug(en);
        if (!fromEnglish.isEmpty()) {
            return unique(fromEnglish, taken);
        }
        if (en.isEmpty() && zh.isEmpty()) {
            return "";
        }
        for (int n = 1; ; n++) {
            String candidate = "case-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
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

    /**
     * A duplicate's names: "Xiaomi (copy)", "小米（副本）", so that it and its original are told
     * apart on the cards and the map; a name already marked as a copy is left as it is.
     */
    public static CaseDocument namedAsCopy(CaseDocument copy) {
        CaseDocument named = copy;
        String en = copy.text("/name/en");
        if (en != null && !en.isBlank() && !en.endsWith(" (copy)")) {
            named = named.withText("/name/en", en + " (copy)");
        }
        String zh = copy.text("/name/zh");
        if (zh != null && !zh.isBlank() && !zh.endsWith("（副本）")) {
            named = named.withText("/name/zh", zh + "（副本）");
        }
        return named;
    }
}
