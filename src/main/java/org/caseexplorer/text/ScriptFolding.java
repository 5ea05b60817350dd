package org.caseexplorer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds a character to the form search compares: lower case, half width, and simplified
 * Chinese. The quotes are printed in traditional characters and the rest of the library in
 * simplified, so 參與感 and 参与感 must find the same cases.
 *
 * <p>The traditional-to-simplified table is OpenCC's {@code TSCharacters.txt}, as the opencc4j
 * library ships it; only its one-character-to-one-character entries in the Basic Multilingual
 * Plane are used (the first candidate where OpenCC gives several), so folding never changes a
 * text's length and a match's position in the folded text is its position in the original.
 */
public final class ScriptFolding {

    static final String TABLE = "/data/dictionary/TSCharacters.txt";

    /** Loaded on the first non-ASCII character: ASCII text and queries never read the table. */
    private static final class Table {
        static final char[] FOLD = table();
    }

    private ScriptFolding() {
    }

    /** The folded form of one character. */
    public static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0); // full-width ASCII
        } else if (c == '\u3000') {
            return ' ';
        }
        return Character.toLowerCase(Table.FOLD[c]);
    }

    /** {@code text} with every character folded; the same length as {@code text}. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char folded = fold(chars[i]);
            if (folded != chars[i]) {
                chars[i] = folded;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    /** How many traditional characters the table folds; for tests. */
    static int tableSize() {
        int n = 0;
        for (int c = 0; c < Table.FOLD.length; c++) {
            if (Table.FOLD[c] != c) {
                n++;
            }
        }
        return n;
    }

    private static char[] table() {
        char[] fold = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < fold.length; c++) {
            fold[c] = (char) c;
        }
        try (InputStream in = ScriptFolding.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC's table " + TABLE + " is not on the class path (opencc4j)");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (tab != 1) {
                    continue; // not a single BMP character on the left
                }
                String simplified = line.substring(tab + 1).split(" ", 2)[0];
                if (simplified.length() == 1) {
                    fold[line.charAt(0)] = simplified.charAt(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold;
    }
}
