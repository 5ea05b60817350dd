package org.caseexplorer.ui;

import java.util.Optional;
import javafx.scene.control.Label;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Messages;

/**
 * The small tag beside a text shown in the other language because its case is written in one
 * language only: "中文" on Chinese text in the English window, "English" on English text in the
 * Chinese window, with a tooltip and accessible text that say so.
 */
public final class LanguageTag {

    private LanguageTag() {
    }

    /** The tag for {@code text} in a {@code lang} window, or empty when the text is in {@code lang}. */
    public static Optional<Label> of(Bilingual text, Lang lang, Messages messages) {
        if (!text.isFallback(lang)) {
            return Optional.empty();
        }
        boolean chinese = text.shownIn(lang) == Lang.ZH;
        Label tag = new Label(messages.get(chinese ? "lang.only.zh" : "lang.only.en"));
        String tip = messages.get(chinese ? "lang.only.zh.tip" : "lang.only.en.tip");
        tag.getStyleClass().add("language-tag");
        tag.setAccessibleText(tip);
        LazyTooltip.install(tag, () -> tip);
        return Optional.of(tag);
    }
}
