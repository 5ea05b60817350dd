package org.caseexplorer.ui;

import java.util.Optional;
import javafx.scene.control.Label;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Messages;

/**
 * The small tag beside a text shown in the other language because its case is written in one
 * language only: "中文" on Chinese text in the English window, "English" on English text in the
 * Chinese window, with a tooltip and accessible text that say so. The compact form ("中文",
 * "EN"), for a card or a table cell, says the same in its tooltip and accessible text.
 */
public final class LanguageTag {

    /** The style class of every tag; the compact one has {@link #COMPACT} as well. */
    public static final String STYLE = "language-tag";
    public static final String COMPACT = "language-tag-compact";

    private LanguageTag() {
    }

    /** The tag for {@code text} in a {@code lang} window, or empty when the text is in {@code lang}. */
    public static Optional<Label> of(Bilingual text, Lang lang, Messages messages) {
        if (!text.isFallback(lang)) {
            return Optional.empty();
        }
        Label tag = new Label();
        tag.getStyleClass().add(STYLE);
        LazyTooltip.install(tag, tag::getAccessibleText);
        show(tag, text.shownIn(lang), false, messages);
        return Optional.of(tag);
    }

    /** The compact tag ("中文", "EN") for {@code text} in a {@code lang} window, or empty when the text is in {@code lang}. */
    public static Optional<Label> compact(Bilingual text, Lang lang, Messages messages) {
        if (!text.isFallback(lang)) {
            return Optional.empty();
        }
        Label tag = compactTag();
        showCompact(tag, Optional.of(text.shownIn(lang)), messages);
        return Optional.of(tag);
    }

    /** A compact tag to reuse (a card's, which shows one case after another); hidden until {@link #showCompact}. */
    public static Label compactTag() {
        Label tag = new Label();
        tag.getStyleClass().addAll(STYLE, COMPACT);
        tag.setMinWidth(Label.USE_PREF_SIZE);
        // Read when it shows: a reused tag shows the text of the case it marks now.
        LazyTooltip.install(tag, tag::getAccessibleText);
        tag.setVisible(false);
        tag.setManaged(false);
        return tag;
    }

    /**
     * Shows {@code tag} as the mark of text written in {@code shown} only, or hides it when
     * {@code shown} is empty (the text is in the window's language).
     */
    public static void showCompact(Label tag, Optional<Lang> shown, Messages messages) {
        shown.ifPresent(l -> show(tag, l, true, messages));
        tag.setVisible(shown.isPresent());
        tag.setManaged(shown.isPresent());
        if (shown.isEmpty()) {
            tag.setAccessibleText(null);
            tag.setAccessibleHelp(null);
        }
    }

    /**
     * The language to mark when a view shows {@code texts} together in a {@code lang} window:
     * the other language if any of them is shown in it, else empty.
     */
    public static Optional<Lang> fallbackAmong(Lang lang, Bilingual... texts) {
        for (Bilingual text : texts) {
            if (text != null && text.isFallback(lang)) {
                return Optional.of(text.shownIn(lang));
            }
        }
        return Optional.empty();
    }

    private static void show(Label tag, Lang written, boolean compact, Messages messages) {
        boolean chinese = written == Lang.ZH;
        String label = compact ? (chinese ? "lang.only.zh.short" : "lang.only.en.short")
                : (chinese ? "lang.only.zh" : "lang.only.en");
        tag.setText(messages.get(label));
        String tip = messages.get(chinese ? "lang.only.zh.tip" : "lang.only.en.tip");
        tag.setAccessibleText(tip);
        tag.setAccessibleHelp(tip);
    }
}
