package org.caseexplorer.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.QuoteMarks;

/**
 * A quote as a reader of the window's language can check it: in English its translation, with
 * the original beneath in smaller type; in Chinese the original alone. The original is always
 * exactly as the source prints it. Search words are marked in both.
 */
public final class QuoteView {

    private QuoteView() {
    }

    /**
     * {@code translation} may be null (a user case without one): the original then stands
     * alone. {@code source} is the line naming where the quote comes from, or null.
     */
    public static VBox of(String quote, String translation, String source, Lang lang, String query,
                          String styleClass) {
        VBox box = new VBox(1);
        box.getStyleClass().addAll("quote-view", styleClass);
        String original = QuoteMarks.original(quote);
        if (lang == Lang.EN && translation != null && !translation.isBlank()) {
            box.getChildren().add(HighlightedText.of(QuoteMarks.english(translation), query,
                    "quote-translation"));
            box.getChildren().add(HighlightedText.of(original, query, "quote-original"));
        } else {
            box.getChildren().add(HighlightedText.of(original, query, "quote-text"));
        }
        if (source != null) {
            Label from = new Label("\u2014 " + source);
            from.setWrapText(true);
            from.getStyleClass().add("quote-source");
            box.getChildren().add(from);
        }
        return box;
    }
}
