package org.caseexplorer.map;

import org.caseexplorer.cases.Bilingual;

/**
 * One node of the map, placed: a principle or a case at (x, y) with radius r. The label sits
 * at (labelX, labelY), anchored as {@code anchor} says, so the window and every export put it in
 * the same place. {@code colour} is the case's accent ({@code #RRGGBB}), or null for a principle;
 * {@code count} is how many cases show a principle, or how many principles a case shows.
 */
public record MapNode(Type type, String id, Bilingual label, String colour, double x, double y, double r,
                      int count, double labelX, double labelY, Anchor anchor) {

    public enum Type { PRINCIPLE, CASE }

    /** The longest label set on the map, in characters; a longer name is cut short with an ellipsis. */
    public static final int MAX_LABEL = 48;

    public MapNode {
        label = new Bilingual(shortened(label.en()), shortened(label.zh()));
    }

    /** {@code text} at most {@link #MAX_LABEL} characters long (a name of 5,000 made a picture 8,000 wide). */
    static String shortened(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= MAX_LABEL) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_LABEL - 1)).stripTrailing() + "…";
    }

    /** The labels' type sizes, in map units: the layout leaves room for these. */
    public static final double PRINCIPLE_FONT = 14;
    public static final double CASE_FONT = 11;

    /** Where the label's text starts from its point, as SVG's text-anchor. */
    public enum Anchor {
        START("start"), MIDDLE("middle"), END("end");

        private final String svg;

        Anchor(String svg) {
            this.svg = svg;
        }

        public String svg() {
            return svg;
        }
    }

    /** Between the baselines of a label's lines, in ems. */
    public static final double LINE_HEIGHT = 1.25;

    /**
     * Where the first of a label's {@code lines} lines sits: a label beside its node is centred
     * on (labelX, labelY); one above keeps its last line nearest the node; one below starts there.
     */
    public double firstBaseline(int lines) {
        double step = LINE_HEIGHT * fontSize();
        if (anchor != Anchor.MIDDLE) {
            return labelY - (lines - 1) * step / 2;
        }
        return labelY < y ? labelY + (2 - lines) * step : labelY;
    }

    public double fontSize() {
        return type == Type.PRINCIPLE ? PRINCIPLE_FONT : CASE_FONT;
    }

    /** A key unique across both kinds of node (a case and a principle may share an id). */
    public String key() {
        return key(type, id);
    }

    public static String key(Type type, String id) {
        return (type == Type.CASE ? "case:" : "principle:") + id;
    }

    public MapNode movedTo(double newX, double newY) {
        double dx = newX - x;
        double dy = newY - y;
        return new MapNode(type, id, label, colour, newX, newY, r, count, labelX + dx, labelY + dy, anchor);
    }
}
