package org.caseexplorer.cases;

/**
 * A key fact about a case, with the source and quote it comes from. Year, quote and the quote's
 * English translation may be null.
 */
public record Fact(Bilingual label, Bilingual value, Integer year, String source, String quote, String translation) {

    public Fact(Bilingual label, Bilingual value, Integer year, String source, String quote) {
        this(label, value, year, source, quote, null);
    }

    /** The value with its year in brackets, unless the label or value already says the year. */
    public String valueWithYear(Lang lang) {
        String text = value.in(lang);
        boolean yearShown = year == null || (label.in(lang) + text).contains(year.toString());
        return yearShown ? text : text + (lang == Lang.ZH ? "（" + year + "）" : " (" + year + ")");
    }
}
