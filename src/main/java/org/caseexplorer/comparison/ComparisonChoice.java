package org.caseexplorer.comparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the user chose to compare: case ids in column order, at most {@link Comparison#MAX_CASES}
 * of them, and optionally one of them as the baseline the others are shown against. A value, as
 * the filter is: every change makes a new one, so one property holds the whole choice, an undo
 * can keep the one before, and a baseline outside the comparison cannot be made. Ids rather than
 * cases, so the choice survives a reload and can be remembered across runs.
 */
public record ComparisonChoice(List<String> caseIds, Optional<String> baseline) {

    public static final ComparisonChoice NONE = new ComparisonChoice(List.of(), Optional.empty());

    /** Repeated ids are kept once, in their first place; a baseline that is not compared is dropped. */
    public ComparisonChoice {
        caseIds = List.copyOf(new LinkedHashSet<>(caseIds));
        if (caseIds.size() > Comparison.MAX_CASES) {
            throw new IllegalArgumentException("at most " + Comparison.MAX_CASES + " cases can be compared, not "
                    + caseIds.size());
        }
        baseline = Objects.requireNonNull(baseline).filter(caseIds::contains);
    }

    /** A remembered choice: its first {@link Comparison#MAX_CASES} distinct ids, without a baseline. */
    public static ComparisonChoice of(List<String> caseIds) {
        return new ComparisonChoice(caseIds.stream().distinct().limit(Comparison.MAX_CASES).toList(),
                Optional.empty());
    }

    public boolean contains(String caseId) {
        return caseIds.contains(caseId);
    }

    public boolean isFull() {
        return caseIds.size() >= Comparison.MAX_CASES;
    }

    public boolean isBaseline(String caseId) {
        return baseline.filter(caseId::equals).isPresent();
    }

    /** The case added as the last column; the same choice if it is already there. Full: refused. */
    public ComparisonChoice with(String caseId) {
        if (contains(caseId)) {
            return this;
        }
        if (isFull()) {
            throw new IllegalStateException("the comparison already has " + Comparison.MAX_CASES + " cases");
        }
        List<String> ids = new ArrayList<>(caseIds);
        ids.add(caseId);
        return new ComparisonChoice(ids, baseline);
    }

    /** The case taken out; if it was the baseline, there is none. */
    public ComparisonChoice without(String caseId) {
        return retaining(id -> !id.equals(caseId));
    }

    /** Only the cases {@code keep} accepts, in the same order. */
    public ComparisonChoice retaining(Predicate<String> keep) {
        return new ComparisonChoice(caseIds.stream().filter(keep).toList(), baseline);
    }

    /**
     * The case moved to {@code column} (0 is the first), kept within the columns there are; the
     * same choice if it is not compared.
     */
    public ComparisonChoice movedTo(String caseId, int column) {
        int from = caseIds.indexOf(caseId);
        if (from < 0) {
            return this;
        }
        List<String> ids = new ArrayList<>(caseIds);
        ids.remove(from);
        ids.add(Math.max(0, Math.min(ids.size(), column)), caseId);
        return new ComparisonChoice(ids, baseline);
    }

    /** The case moved {@code offset} columns right (negative: left), within bounds. */
    public ComparisonChoice movedBy(String caseId, int offset) {
        int from = caseIds.indexOf(caseId);
        return from < 0 ? this : movedTo(caseId, from + offset);
    }

    /** The case as the baseline, or no baseline when it already is; the same choice if it is not compared. */
    public ComparisonChoice withBaselineToggled(String caseId) {
        if (isBaseline(caseId)) {
            return new ComparisonChoice(caseIds, Optional.empty());
        }
        return contains(caseId) ? new ComparisonChoice(caseIds, Optional.of(caseId)) : this;
    }
}
