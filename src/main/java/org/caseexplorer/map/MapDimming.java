package org.caseexplorer.map;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.PrincipleLink;

/**
 * What the current filter hides, as map nodes to dim: the cases it does not show, and the
 * principles none of the shown cases has evidence for (or that the filter excludes). With no
 * filter, nothing is dimmed.
 */
public final class MapDimming {

    private MapDimming() {
    }

    /** The keys of the nodes to dim, given the cases the filter shows and the principles it excludes. */
    public static Set<String> dimmed(PrincipleMap map, Collection<Case> shown, boolean filtered, Set<String> excluded) {
        Set<String> dim = new HashSet<>();
        if (!filtered) {
            return dim;
        }
        Set<String> shownCases = new HashSet<>();
        Set<String> shownPrinciples = new HashSet<>();
        for (Case c : shown) {
            shownCases.add(c.id());
            for (PrincipleLink link : c.links()) {
                shownPrinciples.add(link.principle());
            }
        }
        for (MapNode node : map.nodes()) {
            boolean hidden = node.type() == MapNode.Type.CASE
                    ? !shownCases.contains(node.id())
                    : excluded.contains(node.id()) || !shownPrinciples.contains(node.id());
            if (hidden) {
                dim.add(node.key());
            }
        }
        return dim;
    }
}
