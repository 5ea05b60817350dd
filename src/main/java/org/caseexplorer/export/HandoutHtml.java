package org.caseexplorer.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.cases.QuoteMarks;

/**
 * What every handout's XHTML shares: the head with its metadata, the print stylesheet with its
 * page furniture (header, "Page N of M"), language-marked pieces, short labels kept whole,
 * quotes with their translations, citations and the list of sources. Each handout adds its body.
 */
abstract class HandoutHtml {

    /**
     * A Chinese label up to this wide (a Chinese character counts 2, a Latin one 1) is never
     * broken: 典型例证 stays whole, where Chinese text may otherwise break between any two
     * characters. Latin labels need no help (they break only at spaces), and a longer label may
     * wrap rather than overflow its cell.
     */
    private static final int SHORT_LABEL = 20;
    private static final String STYLESHEET = "/org/caseexplorer/export/comparison.css";

    protected final Xhtml html = new Xhtml();
    private final HandoutWords words;

    HandoutHtml(HandoutWords words) {
        this.words = words;
    }

    /** The BCP 47 tag a piece of text is marked with. */
    static String tag(Lang lang) {
        return lang == Lang.ZH ? "zh-CN" : "en";
    }

    /** The document's start, up to and including {@code <body>}; the head comes from {@link #head}. */
    protected void start() {
        html.raw("<!DOCTYPE html>\n");
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", tag(words.primary()));
        head();
        html.open("body");
    }

    protected String finish() {
        html.close("body").close("html");
        return html.toString();
    }

    /** The document's title, also the header of every page. */
    protected abstract String title();

    protected abstract String subject();

    protected abstract String keywords();

    /** The bookmarks, as {@code <bookmark>} elements. */
    protected abstract void bookmarks();

    /** The page's orientation and size, e.g. "A4 portrait". */
    protected String pageSize() {
        return words.settings().paper().cssName() + " portrait";
    }

    /** Stylesheets added after the shared one, as resource paths. */
    protected List<String> extraStylesheets() {
        return List.of();
    }

    private void head() {
        html.open("head");
        html.element("title", title());
        html.empty("meta", "name", "author", "content", words.settings().author());
        html.empty("meta", "name", "subject", "content", subject());
        html.empty("meta", "name", "keywords", "content", keywords());
        html.empty("meta", "name", "creator", "content", "Case Explorer");
        html.open("bookmarks");
        bookmarks();
        html.close("bookmarks");
        html.open("style").text(stylesheet()).close("style");
        html.close("head");
    }

    protected void bookmark(String name, String id) {
        html.open("bookmark", "name", name, "href", "#" + id).close("bookmark");
    }

    private String stylesheet() {
        String page = words.format("export.page", "\u0001", "\u0002");
        String pageContent = ('"' + page + '"')
                .replace("\u0001", "\" counter(page) \"")
                .replace("\u0002", "\" counter(pages) \"");
        // A page header is one line that cannot wrap: a title longer than a line is cut short.
        String header = '"' + cssString(headerLine(title())) + '"';
        StringBuilder css = new StringBuilder(css(STYLESHEET));
        extraStylesheets().forEach(sheet -> css.append('\n').append(css(sheet)));
        return css.toString().replace("__SIZE__", pageSize()).replace("__PAGE__", pageContent)
                .replace("__HEADER__", header).replace("__FOOTER__", '"' + cssString(words.preparedBy()) + '"');
    }

    /**
     * Text for a CSS string: backslash and quote escaped, and line breaks and other control
     * characters made spaces (a raw line break ends a CSS string, and a case name with one
     * would leave the whole stylesheet unread and the PDF blank). A lone surrogate is dropped
     * later, with the stylesheet, by {@link Xhtml}.
     */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"') {
                css.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                css.append(' ');
            } else {
                css.append(c);
            }
        }
        return css.toString();
    }

    private static String css(String resource) {
        try (InputStream in = HandoutHtml.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A quote: in an English export its translation with the original beneath it, smaller; in a
     * Chinese one the original alone. The original stays exactly as the source prints it, in
     * traditional characters.
     */
    protected void quote(Evidence evidence) {
        quote(evidence.quote(), evidence.translation(), evidence.source(), words.uncheckedMark(evidence));
    }

    protected void quote(String quote, String translationText, String sourceId) {
        quote(quote, translationText, sourceId, Optional.empty());
    }

    /** {@code unchecked}: the words that say nobody checked the quote against its source, after its citation. */
    private void quote(String quote, String translationText, String sourceId, Optional<String> unchecked) {
        html.open("div", "class", "quote");
        String original = QuoteMarks.original(quote);
        Optional<String> translation = words.translation(translationText);
        if (translation.isPresent()) {
            html.open("p", "class", "translation", "lang", "en").text(QuoteMarks.english(translation.get()));
            cite(sourceId);
            uncheckedMark(unchecked);
            html.close("p");
            html.element("p", original, "class", "original", "lang", "zh-Hant");
        } else {
            html.open("p", "class", "original-only").element("span", original, "lang", "zh-Hant");
            cite(sourceId);
            uncheckedMark(unchecked);
            html.close("p");
        }
        html.close("div");
    }

    private void uncheckedMark(Optional<String> unchecked) {
        unchecked.ifPresent(mark -> {
            html.text(" ");
            html.element("span", mark, "class", "unchecked");
        });
    }

    /** A case's key facts, one paragraph each with its citation, or a line saying there are none. */
    protected void facts(List<Fact> facts) {
        if (facts.isEmpty()) {
            html.element("p", words.label("export.noFacts"), "class", "fact-label");
        }
        for (Fact fact : facts) {
            html.open("p", "class", "fact");
            html.element("span", words.inline(fact.label()) + words.colon(), "class", "fact-label");
            html.text(words.factValue(fact));
            cite(fact.source());
            html.close("p");
        }
    }

    /** A strength as a numbered badge and its words: "3 defining example". */
    protected void strength(int strength) {
        html.open("p", "class", "strength");
        html.element("span", Integer.toString(strength), "class", "level");
        nowrapPieces(words.strengthWords(strength));
        html.close("p");
    }

    /** How a case illustrates a principle, under a heading: strength, explanation, every quote. */
    protected void link(PrincipleLink link) {
        strength(link.strength());
        for (HandoutWords.Piece piece : words.pieces(link.explanation())) {
            html.element("p", piece.text(), "class", "explanation", "lang", tag(piece.lang()));
        }
        link.evidence().forEach(this::quote);
    }

    protected void cite(String sourceId) {
        if (sourceId == null) {
            return;
        }
        int n = words.citation(sourceId);
        html.text(" ");
        html.element("a", "[" + n + "]", "href", "#source-" + n, "class", "cite",
                "title", words.format("export.citation", n));
    }

    /** The numbered sources, kept together on one page with their heading, and the note on quotes. */
    protected void sources() {
        html.open("div", "class", "sources");
        html.element("h2", words.label("export.sources"), "id", "sources");
        for (Map.Entry<Integer, String> source : words.sourceList()) {
            html.open("p", "id", "source-" + source.getKey(), "class", "source");
            html.element("span", "[" + source.getKey() + "] ", "class", "cite");
            html.text(source.getValue());
            html.close("p");
        }
        html.element("p", words.quotesNote(), "class", "note");
        html.close("div");
    }

    /** Each language's text in its own element, marked with its language. */
    protected void pieces(Bilingual value, String tag) {
        pieces(value, tag, null);
    }

    protected void pieces(Bilingual value, String tag, String cssClass) {
        List<HandoutWords.Piece> pieces = words.pieces(value);
        for (HandoutWords.Piece piece : pieces) {
            html.element(tag, piece.text() + (tag.equals("span") && pieces.size() > 1 ? " " : ""),
                    "lang", tag(piece.lang()), "class", cssClass);
        }
    }

    /**
     * The longest page header, in characters: one line of the header's 7-point type across the
     * narrower paper even if every letter is as wide as a W (an ideograph is a little wider).
     */
    static final int MAX_HEADER = 72;

    static String headerLine(String title) {
        int used = 0;
        for (int i = 0; i < title.length(); i = title.offsetByCodePoints(i, 1)) {
            used += title.codePointAt(i) >= 0x2E80 ? 11 : 10;
            if (used > MAX_HEADER * 10) {
                return title.substring(0, i).stripTrailing() + "…";
            }
        }
        return title;
    }

    /**
     * Short labels, one per language, each kept whole (典型例证 never breaks as 典/型例证); the line
     * may break between them. A label wider than its column still wraps rather than overflow.
     */
    protected void nowrapPieces(List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                html.text(" ");
            }
            String label = labels.get(i);
            html.element("span", label, "class", keptWhole(label) ? "word" : "long-word");
        }
    }

    static boolean keptWhole(String label) {
        int width = 0;
        boolean chinese = false;
        for (int i = 0; i < label.length(); i++) {
            boolean wide = label.charAt(i) >= 0x2E80;
            chinese |= wide;
            width += wide ? 2 : 1;
        }
        return chinese && width <= SHORT_LABEL;
    }
}
