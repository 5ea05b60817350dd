package org.caseexplorer.cases;

import java.util.Locale;

/** The two languages every piece of content and every label exists in. */
public enum Lang {
    EN(Locale.ENGLISH), ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Parses "en" or "zh" (any case); null for anything else. */
    public static Lang parse(String code) {
        if (code == null) {
            return null;
        }
        for (Lang lang : values()) {
            if (lang.name().equalsIgnoreCase(code.trim())) {
                return lang;
            }
        }
        return null;
    }

    /** The other language: a title's subtitle is in it. */
    public Lang other() {
        return this == EN ? ZH : EN;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
