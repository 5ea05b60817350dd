package org.caseexplorer.export;

import java.util.Locale;

/** The paper sizes a PDF export is laid out for, in millimetres (portrait). */
public enum Paper {
    A4(210, 297), LETTER(215.9, 279.4);

    private final double widthMm;
    private final double heightMm;

    Paper(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** The CSS {@code size} keyword. */
    public String cssName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "a4" or "letter" (any case); null for anything else. */
    public static Paper parse(String name) {
        return ExportChoice.parse(values(), Paper::cssName, name);
    }
}
