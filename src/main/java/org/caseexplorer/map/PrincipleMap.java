package org.caseexplorer.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseexplorer.cases.Library;

/**
 * The library drawn as a network, laid out: nodes with positions, the links between them and the
 * box that holds them and their labels. Plain data, so the window, the SVG and the PNG draw the
 * same picture; the same library always gives the same map (see {@link MapLayout}).
 */
public record PrincipleMap(MapKind kind, List<MapNode> nodes, List<MapEdge> edges, int maxWeight,
                           double minX, double minY, double width, double height) {

    public PrincipleMap {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The map of this kind for the library. */
    public static PrincipleMap of(Library library, MapKind kind) {
        return kind == MapKind.CASES ? MapLayout.caseMap(library) : MapLayout.principleMap(library);
    }

    /** The map the library is best drawn as: {@link MapKind#forLibrary}. */
    public static PrincipleMap of(Library library) {
        return of(library, MapKind.forLibrary(library));
    }

    /**
     * The same map with some nodes moved (by key, to {x, y}), their labels with them, and the box
     * grown or shrunk to hold them: what the window exports after the user dragged nodes.
     */
    public PrincipleMap withMoved(Map<String, double[]> positions) {
        List<MapNode> moved = nodes.stream().map(n -> {
            double[] p = positions.get(n.key());
            return p == null ? n : n.movedTo(p[0], p[1]);
        }).toList();
        return MapLayout.bounded(kind, moved, edges, maxWeight);
    }

    /** How many of the nodes are cases. */
    public int caseCount() {
        return (int) nodes.stream().filter(n -> n.type() == MapNode.Type.CASE).count();
    }

    public Optional<MapNode> node(String key) {
        return nodes.stream().filter(n -> n.key().equals(key)).findFirst();
    }

    /** The nodes by key, in drawing order. */
    public Map<String, MapNode> byKey() {
        Map<String, MapNode> map = new LinkedHashMap<>();
        nodes.forEach(n -> map.put(n.key(), n));
        return map;
    }

    /** The keys of the nodes linked to this one. */
    public List<String> neighbours(String key) {
        return edges.stream()
                .filter(e -> e.from().equals(key) || e.to().equals(key))
                .map(e -> e.from().equals(key) ? e.to() : e.from())
                .distinct()
                .toList();
    }
}
