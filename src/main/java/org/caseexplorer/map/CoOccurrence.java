package org.caseexplorer.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;

/**
 * How many cases show each principle, and each pair of principles together. Counts direct links
 * only: a case linked to "selling a sense of participation" does not count for its parent "user thinking".
 * One pass over the cases, each adding its pairs to a triangular table: linear in the cases.
 */
public final class CoOccurrence {

    private final List<Principle> principles;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] single;
    private final int[][] pair;

    private CoOccurrence(List<Principle> principles) {
        this.principles = principles;
        for (int i = 0; i < principles.size(); i++) {
            index.putIfAbsent(principles.get(i).id(), i);
        }
        single = new int[principles.size()];
        pair = new int[principles.size()][principles.size()];
    }

    public static CoOccurrence of(Library library) {
        return of(library.principles(), library.cases());
    }

    public static CoOccurrence of(List<Principle> principles, List<Case> cases) {
        CoOccurrence counts = new CoOccurrence(List.copyOf(principles));
        int[] linked = new int[principles.size()];
        for (Case c : cases) {
            int n = 0;
            for (PrincipleLink link : c.links()) {
                Integer i = counts.index.get(link.principle());
                // A case links a principle at most once (the loader drops the second link).
                if (i != null) {
                    linked[n++] = i;
                }
            }
            for (int a = 0; a < n; a++) {
                counts.single[linked[a]]++;
                for (int b = a + 1; b < n; b++) {
                    int lo = Math.min(linked[a], linked[b]);
                    int hi = Math.max(linked[a], linked[b]);
                    counts.pair[lo][hi]++;
                }
            }
        }
        return counts;
    }

    public List<Principle> principles() {
        return principles;
    }

    /** How many cases show this principle; 0 for one the library does not have. */
    public int cases(String principle) {
        Integer i = index.get(principle);
        return i == null ? 0 : single[i];
    }

    /** How many cases show both principles; 0 for the same principle twice or an unknown one. */
    public int together(String a, String b) {
        Integer i = index.get(a);
        Integer j = index.get(b);
        if (i == null || j == null || i.equals(j)) {
            return 0;
        }
        return pair[Math.min(i, j)][Math.max(i, j)];
    }

    /** The most cases any one principle has. */
    public int maxCases() {
        int max = 0;
        for (int count : single) {
            max = Math.max(max, count);
        }
        return max;
    }
}
