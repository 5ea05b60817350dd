package org.caseexplorer.export;

/**
 * A small XHTML writer: elements open and close in order and every text and attribute value is
 * escaped, so no case text can break the document. Characters XML forbids are dropped.
 */
final class Xhtml {

    private final StringBuilder out = new StringBuilder(32 * 1024);

    Xhtml open(String tag, String... attributes) {
        start(tag, attributes).append('>');
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with text only: {@code <tag attrs>text</tag>}. */
    Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element with no content, e.g. {@code <meta .../>}. */
    Xhtml empty(String tag, String... attributes) {
        start(tag, attributes).append("/>");
        return this;
    }

    Xhtml text(String text) {
        escape(text, false);
        return this;
    }

    /** Markup the caller wrote itself (the stylesheet); never case content. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private StringBuilder start(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        return out;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? " " : "\n");
                default -> {
                    if (allowedInXml(c)) {
                        out.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i)); // a pair; a lone half is dropped
                    }
                }
            }
        }
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
