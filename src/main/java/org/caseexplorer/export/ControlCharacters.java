package org.caseexplorer.export;

/**
 * Control characters in text from a case file, dropped before it goes into a plain-text export
 * (CSV, Markdown): an ESC sequence is live when the file is printed in a terminal, and a bell or
 * a form feed means nothing in a document. Tabs and line breaks stay (each format deals with
 * them); the .xlsx writer drops what XML cannot hold itself.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static String dropped(String text) {
        if (text == null || text.chars().noneMatch(ControlCharacters::dropped)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !dropped(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    /** C0 controls but tab, line feed and carriage return; DEL; the C1 controls. */
    private static boolean dropped(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
