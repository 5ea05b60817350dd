package org.caseexplorer.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;

/**
 * Places the map's nodes. A structured layout, not a random one: the principles stand on a ring
 * in library order (a parent followed by its laws), so a principle keeps its place whatever cases
 * the library holds; each case starts at the strength-weighted centre of its principles, pulled
 * a little inwards, and a fixed number of relaxation steps then pushes cases apart until their
 * labels have room. Cases are taken in id order and nothing is random, so the same library draws
 * the same picture, however its files are ordered.
 */
final class MapLayout {

    static final double PRINCIPLE_FONT = MapNode.PRINCIPLE_FONT;
    static final double CASE_FONT = MapNode.CASE_FONT;
    static final double CASE_RADIUS = 8;
    /** Between the centres of two cases: room for a label of about a dozen characters. */
    static final double CASE_GAP = 96;
    static final int ITERATIONS = 300;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final double MARGIN = 24;

    private MapLayout() {
    }

    static PrincipleMap caseMap(Library library) {
        List<Principle> principles = library.principles();
        List<Case> cases = library.cases().stream().sorted(Comparator.comparing(Case::id)).toList();
        CoOccurrence counts = CoOccurrence.of(principles, cases);
        double ring = Math.max(Math.max(240, CASE_GAP * Math.sqrt(cases.size())), principles.size() * 120 / (2 * Math.PI));
        Map<String, double[]> at = new HashMap<>();
        List<MapNode> nodes = new ArrayList<>();
        for (int i = 0; i < principles.size(); i++) {
            Principle p = principles.get(i);
            double r = Math.min(36, 10 + 5 * Math.sqrt(counts.cases(p.id())));
            MapNode node = principleNode(p, i, principles.size(), ring, r, counts.cases(p.id()));
            at.putIfAbsent(p.id(), new double[] {node.x(), node.y(), r});
            nodes.add(node);
        }
        double[][] place = placeCases(cases, at, ring);
        List<MapEdge> edges = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            Case c = cases.get(k);
            double x = place[k][0];
            double y = place[k][1];
            nodes.add(new MapNode(MapNode.Type.CASE, c.id(), c.name(), c.accent(), x, y, CASE_RADIUS,
                    c.links().size(), x, y + CASE_RADIUS + CASE_FONT + 3, MapNode.Anchor.MIDDLE));
            for (PrincipleLink link : c.links()) {
                if (at.containsKey(link.principle())) {
                    edges.add(new MapEdge(MapNode.key(MapNode.Type.CASE, c.id()),
                            MapNode.key(MapNode.Type.PRINCIPLE, link.principle()), link.strength()));
                }
            }
        }
        return bounded(MapKind.CASES, nodes, edges, PrincipleLink.MAX_STRENGTH);
    }

    static PrincipleMap principleMap(Library library) {
        List<Principle> principles = library.principles();
        CoOccurrence counts = CoOccurrence.of(library);
        double ring = Math.max(220, principles.size() * 130 / (2 * Math.PI));
        double most = Math.max(1, counts.maxCases());
        List<MapNode> nodes = new ArrayList<>();
        for (int i = 0; i < principles.size(); i++) {
            Principle p = principles.get(i);
            int shown = counts.cases(p.id());
            nodes.add(principleNode(p, i, principles.size(), ring, 8 + 24 * Math.sqrt(shown / most), shown));
        }
        List<MapEdge> edges = new ArrayList<>();
        int max = 0;
        for (int i = 0; i < principles.size(); i++) {
            for (int j = i + 1; j < principles.size(); j++) {
                int both = counts.together(principles.get(i).id(), principles.get(j).id());
                if (both > 0) {
                    edges.add(new MapEdge(MapNode.key(MapNode.Type.PRINCIPLE, principles.get(i).id()),
                            MapNode.key(MapNode.Type.PRINCIPLE, principles.get(j).id()), both));
                    max = Math.max(max, both);
                }
            }
        }
        return bounded(MapKind.PRINCIPLES, nodes, edges, max);
    }

    /** The i-th of n principles on the ring, its label outside the ring. */
    private static MapNode principleNode(Principle p, int i, int n, double ring, double r, int count) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double x = ring * cos;
        double y = ring * sin;
        double gap = r + 8;
        MapNode.Anchor anchor = cos > 0.35 ? MapNode.Anchor.START : cos < -0.35 ? MapNode.Anchor.END : MapNode.Anchor.MIDDLE;
        double labelX = x + gap * cos;
        double labelY;
        if (anchor != MapNode.Anchor.MIDDLE) {
            labelY = y + gap * sin + PRINCIPLE_FONT * 0.35;
        } else if (sin < 0) {
            // Above the ring: room for a second line (both languages) between the text and the node.
            labelY = y - gap - PRINCIPLE_FONT * 1.25;
        } else {
            labelY = y + gap + PRINCIPLE_FONT;
        }
        return new MapNode(MapNode.Type.PRINCIPLE, p.id(), p.name(), null, x, y, r, count, labelX, labelY, anchor);
    }

    /** Each case's position, relaxed from the weighted centre of its principles. */
    private static double[][] placeCases(List<Case> cases, Map<String, double[]> principles, double ring) {
        int m = cases.size();
        double[][] target = new double[m][2];
        double[][] at = new double[m][2];
        for (int k = 0; k < m; k++) {
            double sx = 0;
            double sy = 0;
            double weights = 0;
            for (PrincipleLink link : cases.get(k).links()) {
                double[] p = principles.get(link.principle());
                if (p != null) {
                    sx += link.strength() * p[0];
                    sy += link.strength() * p[1];
                    weights += link.strength();
                }
            }
            // Pulled inwards, so a case with one principle does not sit on it.
            target[k][0] = weights == 0 ? 0 : 0.68 * sx / weights;
            target[k][1] = weights == 0 ? 0 : 0.68 * sy / weights;
            double spread = 4 * Math.sqrt(k + 1);
            at[k][0] = target[k][0] + spread * Math.cos(k * GOLDEN_ANGLE);
            at[k][1] = target[k][1] + spread * Math.sin(k * GOLDEN_ANGLE);
        }
        List<double[]> fixed = new ArrayList<>(principles.values().stream()
                .sorted(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1])).toList());
        double limit = ring - 40;
        for (int step = 0; step < ITERATIONS; step++) {
            for (int k = 0; k < m; k++) {
                at[k][0] += (target[k][0] - at[k][0]) * 0.05;
                at[k][1] += (target[k][1] - at[k][1]) * 0.05;
            }
            for (int k = 0; k < m; k++) {
                for (int l = k + 1; l < m; l++) {
                    separate(at[k], at[l], CASE_GAP, k * GOLDEN_ANGLE + l);
                }
                for (double[] p : fixed) {
                    pushAway(at[k], p, p[2] + 40);
                }
                double d = Math.hypot(at[k][0], at[k][1]);
                if (d > limit) {
                    at[k][0] *= limit / d;
                    at[k][1] *= limit / d;
                }
            }
        }
        return at;
    }

    /** Moves two points apart, half each, when closer than {@code gap}. */
    private static void separate(double[] a, double[] b, double gap, double fallbackAngle) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double d = Math.hypot(dx, dy);
        if (d >= gap) {
            return;
        }
        if (d < 1e-9) {
            dx = Math.cos(fallbackAngle);
            dy = Math.sin(fallbackAngle);
            d = 1;
        }
        double push = (gap - d) / 2 * 0.5 / d;
        a[0] -= dx * push;
        a[1] -= dy * push;
        b[0] += dx * push;
        b[1] += dy * push;
    }

    /** Moves a case out of a principle's way. */
    private static void pushAway(double[] c, double[] p, double gap) {
        double dx = c[0] - p[0];
        double dy = c[1] - p[1];
        double d = Math.hypot(dx, dy);
        if (d >= gap || d < 1e-9) {
            return;
        }
        double push = (gap - d) * 0.5 / d;
        c[0] += dx * push;
        c[1] += dy * push;
    }

    /** The map with the box that holds every node and label (two lines each, for both languages). */
    static PrincipleMap bounded(MapKind kind, List<MapNode> nodes, List<MapEdge> edges, int maxWeight) {
        double minX = 0;
        double minY = 0;
        double maxX = 0;
        double maxY = 0;
        for (MapNode n : nodes) {
            double font = n.type() == MapNode.Type.PRINCIPLE ? PRINCIPLE_FONT : CASE_FONT;
            double width = Math.max(textWidth(n.label().en(), font), textWidth(n.label().zh(), font));
            double left = switch (n.anchor()) {
                case START -> n.labelX();
                case MIDDLE -> n.labelX() - width / 2;
                case END -> n.labelX() - width;
            };
            minX = Math.min(minX, Math.min(n.x() - n.r(), left));
            maxX = Math.max(maxX, Math.max(n.x() + n.r(), left + width));
            minY = Math.min(minY, Math.min(n.y() - n.r(), n.labelY() - font));
            maxY = Math.max(maxY, Math.max(n.y() + n.r(), n.labelY() + font * 1.4));
        }
        return new PrincipleMap(kind, nodes, edges, Math.max(1, maxWeight), minX - MARGIN, minY - MARGIN,
                maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN);
    }

    /** About how wide a text is set: an ideograph takes a full em, a Latin letter a little over half. */
    static double textWidth(String text, double font) {
        if (text == null) {
            return 0; // a case named in one language only
        }
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp >= 0x2E80 ? font : 0.56 * font;
            i += Character.charCount(cp);
        }
        return width;
    }
}
