package org.caseexplorer.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.QuoteMarks;

/**
 * A quote as a reader of the window's language can check it: in English its translation, with
 * the original beneath in smaller type; in Chinese the original alone. The original is always
 * exactly as the source prints it. Search words are marked in both, and every line can be
 * selected and copied. The quote with its citation can be copied whole ({@link #clipAround}).
 */
public final class QuoteView {

    private static final String CLIP_KEY = QuoteView.class.getName() + ".clip";

    /** A quote as the clipboard takes it: plain text, and HTML that pastes formatted into an office document. */
    public record Clip(String plain, String html) {
        /** Puts it on the system clipboard, both ways. */
        public void copy() {
            ClipboardContent content = new ClipboardContent();
            content.putString(plain);
            content.putHtml(html);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private QuoteView() {
    }

    /**
     * {@code translation} may be null (a user case without one): the original then stands
     * alone. {@code source} is the line naming where the quote comes from, or null;
     * {@code citation} the source's full citation in {@code lang}, for copying, or null.
     */
    public static VBox of(String quote, String translation, String source, String citation, Lang lang, String query,
                          String styleClass) {
        VBox box = new VBox(1);
        box.getStyleClass().addAll("quote-view", styleClass);
        String original = QuoteMarks.original(quote);
        boolean translated = lang == Lang.EN && translation != null && !translation.isBlank();
        String english = translated ? QuoteMarks.english(translation) : null;
        if (translated) {
            box.getChildren().add(HighlightedText.of(english, query, "quote-translation"));
            box.getChildren().add(HighlightedText.of(original, query, "quote-original"));
        } else {
            box.getChildren().add(HighlightedText.of(original, query, "quote-text"));
        }
        if (source != null) {
            box.getChildren().add(SelectableText.of("\u2014 " + source, "quote-source"));
        }
        box.getProperties().put(CLIP_KEY, clip(original, english, citation != null ? citation : source));
        return box;
    }

    /** As {@link #of(String, String, String, String, Lang, String, String)}, cited by its source line. */
    public static VBox of(String quote, String translation, String source, Lang lang, String query, String styleClass) {
        return of(quote, translation, source, null, lang, query, styleClass);
    }

    /** The quote {@code node} is part of, to copy with its citation; empty outside a quote. */
    public static Optional<Clip> clipAround(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().get(CLIP_KEY) instanceof Clip clip) {
                return Optional.of(clip);
            }
        }
        return Optional.empty();
    }

    /**
     * The quote as it reads in the view: the translation first where the view shows one, the
     * original (always as the source has it), then "— citation".
     */
    static Clip clip(String original, String english, String citation) {
        StringBuilder plain = new StringBuilder();
        // The charset first, as browsers put it: LibreOffice reads clipboard HTML without one as Latin-1.
        StringBuilder html = new StringBuilder("<meta charset=\"utf-8\"><blockquote>");
        if (english != null) {
            plain.append(english).append('\n');
            html.append("<p>").append(escape(english)).append("</p>");
        }
        plain.append(original);
        html.append(english != null ? "<p><i>" : "<p>").append(escape(original)).append(english != null ? "</i></p>" : "</p>");
        if (citation != null && !citation.isBlank()) {
            plain.append('\n').append("\u2014 ").append(citation);
            html.append("<p>\u2014 ").append(escape(citation)).append("</p>");
        }
        html.append("</blockquote>");
        return new Clip(plain.toString(), html.toString());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
