package org.caseexplorer.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Labels;

/**
 * How the exported map looks and reads, said once for the SVG and the PNG: colours, line
 * widths, type sizes and the labels in one or both languages. (The window takes its colours from
 * app.css, which names the same ones.)
 */
final class MapStyle {

    static final String BACKGROUND = "#FFFFFF";
    static final String PRINCIPLE = "#3B4A6B";
    /** A principle no case shows yet. */
    static final String PRINCIPLE_UNUSED = "#A3AEC2";
    static final String TEXT = "#1F2937";
    static final String HALO = "#FFFFFF";
    static final String MUTED = "#57606A";
    /** A case's colour in the legend: the first built-in case's. */
    static final String CASE_SAMPLE = "#FF6900";
    static final String FONT_FAMILY = "'Case Explorer Sans', 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', "
            + "'Microsoft YaHei', 'PingFang SC', sans-serif";
    static final double LINE_HEIGHT = MapNode.LINE_HEIGHT;

    private MapStyle() {
    }

    static double font(MapNode node) {
        return node.type() == MapNode.Type.PRINCIPLE ? MapLayout.PRINCIPLE_FONT : MapLayout.CASE_FONT;
    }

    static boolean bold(MapNode node) {
        return node.type() == MapNode.Type.PRINCIPLE;
    }

    static String fill(MapNode node) {
        if (node.type() == MapNode.Type.PRINCIPLE) {
            return node.count() == 0 ? PRINCIPLE_UNUSED : PRINCIPLE;
        }
        return node.colour() != null && node.colour().matches("#[0-9A-Fa-f]{6}") ? node.colour() : PRINCIPLE;
    }

    static String stroke(PrincipleMap map, MapNode from) {
        return map.kind() == MapKind.CASES ? fill(from) : PRINCIPLE;
    }

    static double strokeWidth(PrincipleMap map, MapEdge edge) {
        return map.kind() == MapKind.CASES ? 0.6 + 0.9 * edge.weight() : 1 + 9.0 * edge.weight() / map.maxWeight();
    }

    static double strokeOpacity(PrincipleMap map, MapEdge edge) {
        // The more cases, the fainter each link, so that the many still read as a whole.
        return map.kind() == MapKind.CASES ? Math.max(0.15, Math.min(0.55, 1.8 / Math.sqrt(Math.max(1, map.caseCount()))))
                : 0.2 + 0.5 * edge.weight() / map.maxWeight();
    }

    /** A node's label, one line per language; one line when both languages read the same. */
    static List<Line> lines(MapNode node, List<Lang> langs) {
        List<Line> lines = new ArrayList<>();
        for (Lang lang : langs) {
            String text = clean(node.label().in(lang));
            if (lines.stream().noneMatch(l -> l.text().equals(text))) {
                lines.add(new Line(lang, text));
            }
        }
        return lines;
    }

    record Line(Lang lang, String text) {
    }

    /** What a link says when pointed at: the evidence's strength, or how many cases show both. */
    static String describe(PrincipleMap map, MapEdge edge, Lang lang) {
        Labels labels = Labels.of(lang);
        String from = map.node(edge.from()).map(n -> n.label().in(lang)).orElse(edge.from());
        String to = map.node(edge.to()).map(n -> n.label().in(lang)).orElse(edge.to());
        return clean(map.kind() == MapKind.CASES
                ? labels.format("map.edge.evidence", from, to, labels.strengthWord(edge.weight()))
                : labels.format("map.edge.together", from, to, edge.weight()));
    }

    static String describe(MapNode node, Lang lang) {
        Labels labels = Labels.of(lang);
        return clean(labels.format(node.type() == MapNode.Type.PRINCIPLE ? "map.node.principle" : "map.node.case",
                node.label().in(lang), node.count()));
    }

    static String title(PrincipleMap map, Lang lang) {
        Labels labels = Labels.of(lang);
        long cases = map.caseCount();
        long principles = map.nodes().size() - cases;
        return map.kind() == MapKind.CASES
                ? labels.format("map.title.cases", cases, principles)
                : labels.format("map.title.principles", principles);
    }

    /** A little picture in the legend: a disc (x, y its centre, size its radius) or a line (size its length). */
    record Mark(boolean line, double x, double y, double size, double width, String colour) {
    }

    /** The little picture before a legend line, its left edge at {@code x}, centred on {@code y}. */
    static List<Mark> marks(MapCaption.Symbol symbol, double x, double y) {
        return switch (symbol) {
            case SIZE -> List.of(new Mark(false, x + 3, y, 3, 0, PRINCIPLE), new Mark(false, x + 17, y, 7, 0, PRINCIPLE));
            case COLOUR -> List.of(new Mark(false, x + 5, y, 5, 0, PRINCIPLE), new Mark(false, x + 19, y, 5, 0, CASE_SAMPLE));
            case WIDTH -> List.of(new Mark(true, x, y - 3, 24, 1, PRINCIPLE), new Mark(true, x, y + 3, 24, 4, PRINCIPLE));
        };
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * The text without what XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE and
     * U+FFFF): labels come from user files, and one such character would make the SVG unreadable.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(ch).append(text.charAt(++i));
            } else if (ch == '\t' || ch == '\n' || ch == '\r') {
                out.append(' ');
            } else if (ch >= 0x20 && !Character.isSurrogate(ch) && ch != 0xFFFE && ch != 0xFFFF) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
