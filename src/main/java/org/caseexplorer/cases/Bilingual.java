package org.caseexplorer.cases;

/** A piece of text in English and Simplified Chinese. */
public record Bilingual(String en, String zh) {

    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** English and Chinese together, e.g. "Xiaomi 小米" for a card title. */
    public String both() {
        return en.equals(zh) ? en : en + " " + zh;
    }
}
