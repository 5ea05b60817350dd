package org.caseexplorer.provenance;

import org.caseexplorer.text.ScriptFolding;

/**
 * The text of a source article, with a folded copy to compare quotes against: simplified and
 * traditional characters, full- and half-width forms and upper and lower case alike, and white
 * space left out. Every folded character remembers where it stands in the original, so a match
 * found in the folded copy is given back as the source's own wording. Immutable; fold once, check
 * many quotes, on any thread.
 */
public final class SourceText {

    private final String text;
    private final String folded;
    private final int[] origin;

    public SourceText(String text) {
        this.text = text;
        Folded f = fold(text);
        this.folded = f.text();
        this.origin = f.origin();
    }

    /** The text as the source has it. */
    public String text() {
        return text;
    }

    String folded() {
        return folded;
    }

    /** The stretch of the original text that folded characters [start, end) come from. */
    String original(int start, int end) {
        return text.substring(origin[start], origin[end - 1] + 1);
    }

    /** Where folded character {@code index} stands in the original text. */
    int originalIndex(int index) {
        return origin[index];
    }

    record Folded(String text, int[] origin) {
    }

    /** {@code text} folded, white space left out, with each folded character's index in {@code text}. */
    static Folded fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            origin[out.length()] = i;
            out.append(ScriptFolding.fold(c));
        }
        return new Folded(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
    }
}
