package org.caseexplorer.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Problem;

/**
 * The labels of one language, without JavaFX: what the exporters and the command line use.
 * {@link Messages} is the observable face of the same bundles for the window.
 */
public final class Labels {

    private static final String BUNDLE = "org.caseexplorer.i18n.messages";

    private final Lang lang;
    private final ResourceBundle bundle;

    private Labels(Lang lang) {
        this.lang = lang;
        this.bundle = bundle(lang);
    }

    public static Labels of(Lang lang) {
        return new Labels(lang);
    }

    public Lang lang() {
        return lang;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), lang.locale()).format(args);
    }

    /** What {@code problem} says in this language (in English where the problems bundle has no words of it). */
    public String problem(Problem problem) {
        return problem.message(lang);
    }

    /** The word for a strength: 1 mentioned, 2 clear example, 3 defining example, 0 no evidence. */
    public String strengthWord(int strength) {
        return switch (strength) {
            case 0 -> get("compare.noEvidence");
            case 1 -> get("detail.strength.1");
            case 2 -> get("detail.strength.2");
            default -> get("detail.strength.3");
        };
    }

    /** How a case compares with the baseline: "+1 vs Xiaomi", "−2 vs Xiaomi", "same as Xiaomi". */
    public String difference(int delta, String baseline) {
        if (delta == 0) {
            return format("compare.delta.same", baseline);
        }
        return format("compare.delta", (delta > 0 ? "+" : "\u2212") + Math.abs(delta), baseline);
    }

    /** The bundle for one language. */
    static ResourceBundle bundle(Lang lang) {
        // No fallback to the machine's locale: English must stay English on a Chinese desktop.
        return ResourceBundle.getBundle(BUNDLE, lang == Lang.ZH ? lang.locale() : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
