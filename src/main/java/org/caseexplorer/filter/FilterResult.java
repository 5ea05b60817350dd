package org.caseexplorer.filter;

import java.util.List;
import java.util.Map;
import org.caseexplorer.cases.Case;

/**
 * What a filter shows: the matching cases in library order, and for every principle how many
 * cases the gallery would show if that principle were added to the filter.
 */
public record FilterResult(List<Case> cases, Map<String, Integer> counts) {

    public static final FilterResult EMPTY = new FilterResult(List.of(), Map.of());

    public int count(String principleId) {
        return counts.getOrDefault(principleId, 0);
    }
}
