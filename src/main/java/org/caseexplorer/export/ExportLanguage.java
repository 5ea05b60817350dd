package org.caseexplorer.export;

import java.util.List;
import java.util.Locale;
import org.caseexplorer.cases.Lang;

/** The language(s) an export is written in: English, Chinese, or both side by side. */
public enum ExportLanguage {
    EN(List.of(Lang.EN)), ZH(List.of(Lang.ZH)), BOTH(List.of(Lang.EN, Lang.ZH));

    private final List<Lang> langs;

    ExportLanguage(List<Lang> langs) {
        this.langs = langs;
    }

    /** The languages in the order they are shown. */
    public List<Lang> langs() {
        return langs;
    }

    /** The language of the document as a whole: its first. */
    public Lang primary() {
        return langs.get(0);
    }

    public static ExportLanguage of(Lang lang) {
        return lang == Lang.ZH ? ZH : EN;
    }

    /** Parses "en", "zh" or "both" (any case); null for anything else. */
    public static ExportLanguage parse(String code) {
        return ExportChoice.parse(values(), ExportLanguage::code, code);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
