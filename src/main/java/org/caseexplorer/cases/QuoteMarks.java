package org.caseexplorer.cases;

/**
 * How a quote is marked wherever it is shown, in the window and in every export: the original
 * in corner brackets, as traditional-character text marks a quotation (the quotes themselves
 * contain “ ”, which then stay as the source prints them, unambiguous); an English translation
 * in double quotation marks, the marks inside it made single.
 */
public final class QuoteMarks {

    private QuoteMarks() {
    }

    /** 「original」 */
    public static String original(String quote) {
        return "\u300C" + quote + "\u300D";
    }

    /** “translation”, with “ ” inside it made ‘ ’. */
    public static String english(String translation) {
        return "\u201C" + translation.strip().replace('\u201C', '\u2018').replace('\u201D', '\u2019') + "\u201D";
    }
}
