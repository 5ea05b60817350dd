package org.caseexplorer.map;

/**
 * A link of the map between two node keys ({@link MapNode#key()}). On the case map it is one
 * piece of evidence, from a case to a principle, and {@code weight} is its strength (1 to 3); on
 * the principle map it joins two principles and {@code weight} is how many cases show both.
 */
public record MapEdge(String from, String to, int weight) {
}
