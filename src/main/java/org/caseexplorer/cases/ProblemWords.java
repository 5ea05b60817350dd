package org.caseexplorer.cases;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Problems said in one language, from the problems bundle ({@code org/caseexplorer/cases/
 * problems.properties}, with a {@code problems_zh.properties} beside it read first for Chinese
 * once one is written; until then, and for any key it lacks, Chinese falls back to the English).
 *
 * <p>The bundle's texts are not {@link java.text.MessageFormat} patterns: {@code {0}}, {@code {1}}
 * … are replaced by the arguments, and every other character is itself. Most messages quote ids
 * as 'x' and several speak of { } and [ ], which MessageFormat would swallow unless each were
 * quoted again; a bundle where one missed apostrophe silently changes the words is a trap for
 * whoever translates it. Numbers come as text, already written as the message wants them.
 */
public final class ProblemWords {

    static final String BUNDLE = "org.caseexplorer.cases.problems";

    /** Said from the loader's threads and the window's: a problem's words are made on either. */
    private static final Map<Lang, ProblemWords> BY_LANG = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private ProblemWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words of {@code lang}. */
    public static ProblemWords in(Lang lang) {
        return BY_LANG.computeIfAbsent(lang, l -> in(l, ProblemWords.class.getClassLoader()));
    }

    /** The words of {@code lang} as {@code loader} finds the bundle; for a test with a bundle of its own. */
    static ProblemWords in(Lang lang, ClassLoader loader) {
        // No fallback to the machine's locale: English stays English on a Chinese desktop. The
        // root bundle is the English one, so Chinese without a problems_zh reads English.
        return new ProblemWords(ResourceBundle.getBundle(BUNDLE, lang == Lang.ZH ? lang.locale() : Locale.ROOT,
                loader, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** What {@code problem} says, without where it is. */
    public String message(Problem problem) {
        return say(problem.words());
    }

    /** {@code phrase} in words, its arguments put in (phrases among them said first). */
    public String say(Phrase phrase) {
        String text = bundle.getString(phrase.key());
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '{' ? text.indexOf('}', i) : -1;
            if (end > i + 1 && text.substring(i + 1, end).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(text.substring(i + 1, end));
                if (index >= phrase.arguments().size()) {
                    throw new IllegalArgumentException(phrase.key() + " has no argument " + index);
                }
                Object argument = phrase.arguments().get(index);
                out.append(argument instanceof Phrase inner ? say(inner) : (String) argument);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The bundle, for the test that every wording has its words. */
    ResourceBundle bundle() {
        return bundle;
    }
}
