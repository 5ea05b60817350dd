package org.caseexplorer.gallery.ui;

import javafx.scene.text.Text;

/**
 * Cuts a text to what fits a width and a height, ending it with "...", as a label does: the
 * cards draw their words as plain text, which does not cut itself short.
 */
final class TextFit {

    static final String ELLIPSIS = "...";

    private final Text measure = new Text();

    /** {@code text} as it fits {@code width} on one line as {@code shownIn} sets it, cut with "..." if it does not. */
    String oneLine(String text, Text shownIn, double width) {
        measure.setWrappingWidth(0);
        return fit(text, shownIn, width, Double.MAX_VALUE, false);
    }

    /** {@code text} wrapped at {@code width}, cut with "..." where it would be taller than {@code height}. */
    String wrapped(String text, Text shownIn, double width, double height) {
        measure.setWrappingWidth(width);
        return fit(text, shownIn, width, height, true);
    }

    private String fit(String text, Text shownIn, double width, double height, boolean wrap) {
        measure.setFont(shownIn.getFont());
        measure.setBoundsType(shownIn.getBoundsType());
        measure.setLineSpacing(shownIn.getLineSpacing());
        if (fits(text, width, height, wrap)) {
            return text;
        }
        // The longest start that fits with the ellipsis after it, cut at a character, as a label cuts.
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (fits(start(text, mid) + ELLIPSIS, width, height, wrap)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? ELLIPSIS : start(text, low) + ELLIPSIS;
    }

    /** The first {@code length} characters, not splitting a surrogate pair. */
    private static String start(String text, int length) {
        int end = length > 0 && Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private boolean fits(String candidate, double width, double height, boolean wrap) {
        measure.setText(candidate);
        return wrap ? measure.getLayoutBounds().getHeight() <= height
                : measure.getLayoutBounds().getWidth() <= width;
    }
}
