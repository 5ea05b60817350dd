package org.caseexplorer.cases;

/**
 * Text from outside (a file name, a value from a file) made safe to print on one line: line
 * breaks, tabs and other control characters, and the invisible characters that reorder or hide
 * text (right-to-left overrides, zero-width marks) are written as escapes: a line break as a
 * backslash and n, the right-to-left override U+202E as a backslash, u and 202E. A name with an
 * override then cannot pass for another name, and a name with a line break cannot split a
 * {@code FILE:LINE:COL} line in two. Half a surrogate pair is escaped too.
 */
public final class Printable {

    private Printable() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        if (text.codePoints().noneMatch(Printable::unsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (!unsafe(c)) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFFFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.append(String.format("\\U%08X", c));
                    }
                }
            }
        });
        return out.toString();
    }

    /** Control characters, format characters (bidi controls, zero-width marks), line and paragraph separators. */
    private static boolean unsafe(int c) {
        if (c < 0x20 || c == 0x7F) {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        int type = Character.getType(c);
        // Half a surrogate pair is no character: it cannot even be written as UTF-8.
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
