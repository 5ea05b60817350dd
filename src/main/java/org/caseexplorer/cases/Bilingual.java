package org.caseexplorer.cases;

/**
 * A piece of text in English and Simplified Chinese. A user's case may be written in one language
 * only: then the other is null, {@link #in} gives the text in the language it has, and
 * {@link #isFallback} tells the views and exports to mark it. The built-in library has both.
 */
public record Bilingual(String en, String zh) {

    public Bilingual {
        if (en == null && zh == null) {
            throw new IllegalArgumentException("a text needs English, Chinese or both");
        }
    }

    /** The text in {@code lang}, or where there is none, the text in the other language. */
    public String in(Lang lang) {
        String wanted = lang == Lang.ZH ? zh : en;
        return wanted != null ? wanted : (lang == Lang.ZH ? en : zh);
    }

    /** Whether there is text in {@code lang} itself. */
    public boolean has(Lang lang) {
        return (lang == Lang.ZH ? zh : en) != null;
    }

    /** Whether {@link #in}({@code lang}) gives the other language's text, to be marked as such. */
    public boolean isFallback(Lang lang) {
        return !has(lang);
    }

    /** The language {@link #in}({@code lang}) is written in. */
    public Lang shownIn(Lang lang) {
        return has(lang) ? lang : lang.other();
    }

    /** English and Chinese together, e.g. "Xiaomi 小米" for a card title; one of them where there is one. */
    public String both() {
        if (en == null || zh == null) {
            return en == null ? zh : en;
        }
        return en.equals(zh) ? en : en + " " + zh;
    }
}
