package org.caseexplorer.filter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.PrincipleLink;

/**
 * The filter as a value: principles a case must illustrate (combined by {@link FilterMode}),
 * principles it must not illustrate, and search text. Every change returns a new filter.
 */
public record CaseFilter(Set<String> included, Set<String> excluded, FilterMode mode, String text) {

    public static final CaseFilter NONE = new CaseFilter(Set.of(), Set.of(), FilterMode.ANY, "");

    public CaseFilter {
        included = Set.copyOf(included);
        excluded = Set.copyOf(excluded);
        text = text == null ? "" : text;
    }

    public boolean isEmpty() {
        return included.isEmpty() && excluded.isEmpty() && text.isBlank();
    }

    /**
     * {@code c}'s links with those to a ticked principle (or a law under one) first, each group in
     * the case's own order: a card's chips and the detail pane show what the reader filters by first.
     */
    public List<PrincipleLink> linksTickedFirst(Case c, Library library) {
        if (included.isEmpty()) {
            return c.links();
        }
        Set<String> ticked = new HashSet<>();
        included.forEach(id -> ticked.addAll(library.withDescendants(id)));
        List<PrincipleLink> first = new ArrayList<>();
        List<PrincipleLink> rest = new ArrayList<>();
        for (PrincipleLink link : c.links()) {
            (ticked.contains(link.principle()) ? first : rest).add(link);
        }
        first.addAll(rest);
        return first;
    }

    public boolean hasPrinciples() {
        return !included.isEmpty() || !excluded.isEmpty();
    }

    /** Include the principle, or stop including it if it already is. Never both included and excluded. */
    public CaseFilter toggleIncluded(String principle) {
        Set<String> in = new LinkedHashSet<>(included);
        Set<String> out = new LinkedHashSet<>(excluded);
        if (!in.remove(principle)) {
            in.add(principle);
            out.remove(principle);
        }
        return new CaseFilter(in, out, mode, text);
    }

    /** Exclude the principle (NOT), or stop excluding it if it already is. */
    public CaseFilter toggleExcluded(String principle) {
        Set<String> in = new LinkedHashSet<>(included);
        Set<String> out = new LinkedHashSet<>(excluded);
        if (!out.remove(principle)) {
            out.add(principle);
            in.remove(principle);
        }
        return new CaseFilter(in, out, mode, text);
    }

    public CaseFilter only(String principle) {
        return new CaseFilter(Set.of(principle), Set.of(), mode, text);
    }

    public CaseFilter withMode(FilterMode newMode) {
        return new CaseFilter(included, excluded, newMode, text);
    }

    public CaseFilter withText(String newText) {
        return new CaseFilter(included, excluded, mode, newText);
    }

    public CaseFilter withoutPrinciples() {
        return new CaseFilter(Set.of(), Set.of(), mode, text);
    }
}
